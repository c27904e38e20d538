#pragma once

#include "domain/Records.h"

#include <QList>
#include <QWidget>

class QCompleter;
class QLineEdit;
class QStringListModel;

namespace rapport::ui {

class ChipFlowLayout;

// Choosing several colleagues: a line edit with a completer over their names (any part,
// any case); each chosen colleague becomes a removable chip above it. Backspace in the
// empty line edit removes the last chip.
class ParticipantPicker final : public QWidget
{
    Q_OBJECT

public:
    struct Candidate
    {
        core::Id id = 0;
        QString name;
    };

    explicit ParticipantPicker(QWidget *parent = nullptr);

    // The colleagues the completer offers (normally the active ones).
    void setCandidates(const QList<Candidate> &candidates);
    QList<core::Id> participants() const;
    QLineEdit *lineEdit() const { return m_edit; }

public Q_SLOTS:
    // Adds a chip; a colleague already chosen is not added twice.
    void addParticipant(core::Id id, const QString &name);
    // Adds the candidate whose name (or "Name (#id)" when names repeat) is `text`, or the
    // only one whose name contains it, ignoring case. Otherwise emits refused and returns false.
    bool addByName(const QString &text);
    void removeParticipant(core::Id id);
    void removeLast();

Q_SIGNALS:
    void participantsChanged();
    void refused(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString displayName(const Candidate &candidate) const;

    QList<Candidate> m_candidates;
    QList<Candidate> m_chosen;
    QWidget *m_chips = nullptr;
    ChipFlowLayout *m_chipLayout = nullptr;
    QLineEdit *m_edit = nullptr;
    QCompleter *m_completer = nullptr;
    QStringListModel *m_names = nullptr;
};

} // namespace rapport::ui
