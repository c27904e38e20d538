#pragma once

#include <QDate>
#include <QDialog>

class QDateEdit;

namespace rapport::ui {

// Asks for a promise's new due date, with the hint that telling early keeps trust.
class MoveDueDialog final : public QDialog
{
    Q_OBJECT

public:
    // `madeOn` is the earliest date allowed; the editor starts at `currentDue` plus a week.
    MoveDueDialog(const QString &what, const QDate &currentDue, const QDate &madeOn, const QDate &today,
                  QWidget *parent = nullptr);
    ~MoveDueDialog() override;
    Q_DISABLE_COPY_MOVE(MoveDueDialog)

    QDate newDue() const;
    QDateEdit *dateEdit() const { return m_date; }

private:
    QDateEdit *m_date = nullptr;
};

} // namespace rapport::ui
