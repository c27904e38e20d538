#pragma once

#include "services/Suggestions.h"

#include <QWidget>

class QVBoxLayout;

namespace rapport::core {
class Journal;
}

namespace rapport::ui {

// "One small action today" (DESIGN.md section 4): a few suggestions from the journal, each
// saying why it is there, with its one-click actions and Dismiss (undoable).
class SuggestionsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit SuggestionsPanel(core::Journal &journal, QWidget *parent = nullptr);
    ~SuggestionsPanel() override;
    Q_DISABLE_COPY_MOVE(SuggestionsPanel)

    const QList<core::Suggestion> &suggestions() const { return m_suggestions; }
    // "Invite Ana Silva for a 10-minute coffee" and "Your 14-day touchbase is 5 days overdue."
    static QString title(const core::Suggestion &s);
    static QString why(const core::Suggestion &s);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void logRequested(core::Id colleagueId, core::InteractionKind kind);
    void thankRequested(core::Id colleagueId);
    void colleagueRequested(core::Id colleagueId);
    void departmentRequested(const QString &department);
    void reflectionRequested();
    void statusMessage(const QString &message);

private:
    QWidget *card(const core::Suggestion &s);
    void addActions(QWidget *card, const core::Suggestion &s);

    core::Journal &m_journal;
    QList<core::Suggestion> m_suggestions;
    QVBoxLayout *m_cards = nullptr;
};

} // namespace rapport::ui
