#pragma once

#include "domain/Records.h"

#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace rapport::core {
class Journal;
}

namespace rapport::ui {

// Things to remember about a colleague: their facts, a line to add one (with an optional
// follow-up date) and their follow-ups, each with a "Done" check box.
class FactsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit FactsPanel(core::Journal &journal, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(FactsPanel)

    void setColleague(core::Id id);
    // Reads the facts and follow-ups again; the add line keeps what is typed.
    void reload();

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void add();
    void setFollowUpDone(core::Id id, bool done);
    QWidget *replaceList(QWidget *&current, QVBoxLayout *into, int at);

    core::Journal &m_journal;
    core::Id m_id = 0;
    QVBoxLayout *m_layout = nullptr;
    QWidget *m_facts = nullptr;
    QWidget *m_followUps = nullptr;
    QLabel *m_followUpsTitle = nullptr;
    QLineEdit *m_text = nullptr;
    QCheckBox *m_withFollowUp = nullptr;
    QDateEdit *m_followUpOn = nullptr;
    QPushButton *m_add = nullptr;
};

} // namespace rapport::ui
