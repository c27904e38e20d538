#include "SuggestionsPanel.h"

#include "services/Journal.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport::ui {
namespace {

QPushButton *actionButton(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    return button;
}

} // namespace

SuggestionsPanel::SuggestionsPanel(core::Journal &journal, QWidget *parent)
    : QWidget(parent)
    , m_journal(journal)
{
    m_cards = new QVBoxLayout(this);
    m_cards->setContentsMargins(0, 0, 0, 0);
    m_cards->setSpacing(6);
    connect(&m_journal, &core::Journal::changed, this, &SuggestionsPanel::refresh);
    refresh();
}

SuggestionsPanel::~SuggestionsPanel() = default;

QString SuggestionsPanel::title(const core::Suggestion &s)
{
    switch (s.kind) {
    case core::SuggestionKind::FactFollowUp: return tr("Follow up with %1: %2").arg(s.colleagueName, s.text);
    case core::SuggestionKind::ThankForHelp: return tr("Thank %1 for their help").arg(s.colleagueName);
    case core::SuggestionKind::WelcomeNewcomer: return tr("Introduce yourself to %1").arg(s.colleagueName);
    case core::SuggestionKind::OverdueTouchbase: return tr("Invite %1 for a 10-minute coffee").arg(s.colleagueName);
    case core::SuggestionKind::OverCapacity: return tr("Don't stretch yourself too thin");
    case core::SuggestionKind::QuietDepartment: return tr("Reach out to someone in %1").arg(s.department);
    }
    return {};
}

QString SuggestionsPanel::why(const core::Suggestion &s)
{
    switch (s.kind) {
    case core::SuggestionKind::FactFollowUp:
        return tr("You noted this to bring up today. Remembering details shows you listened.");
    case core::SuggestionKind::ThankForHelp:
        return s.days == 0 ? tr("They helped you today, and you have not thanked them yet.")
                           : tr("They helped you %n day(s) ago, and you have not thanked them since.", nullptr, s.days);
    case core::SuggestionKind::WelcomeNewcomer:
        return s.days == 0 ? tr("They start today, and you have not met yet.")
                           : tr("They started %n day(s) ago, and you have not met yet.", nullptr, s.days);
    case core::SuggestionKind::OverdueTouchbase:
        return s.days == 0 ? tr("Your touchbase with them is due today.")
                           : tr("Your touchbase with them is %n day(s) overdue.", nullptr, s.days);
    case core::SuggestionKind::OverCapacity:
        return tr("%1 colleagues have a touchbase cadence, more than the %2 you said you can keep up. A longer cadence "
                  "for some keeps the rest real.")
            .arg(s.count)
            .arg(s.capacity);
    case core::SuggestionKind::QuietDepartment:
        return s.lastContact ? tr("No contact with any of its %1 colleagues in %n day(s).", nullptr, s.days).arg(s.count)
                             : tr("You have not been in touch with any of its %1 colleagues yet.").arg(s.count);
    }
    return {};
}

void SuggestionsPanel::refresh()
{
    auto found = core::suggestions(m_journal.database(), m_journal.clock().today());
    if (!found) {
        Q_EMIT statusMessage(found.error().message);
        return;
    }
    if (*found == m_suggestions && m_cards->count() > 0)
        return;
    m_suggestions = std::move(*found);
    // Later, not now: a Dismiss click may be what changed the journal, and its button is
    // still inside its own signal.
    while (QLayoutItem *item = m_cards->takeAt(0)) {
        if (QWidget *old = item->widget()) {
            old->hide();
            old->deleteLater();
        }
        delete item;
    }
    for (const core::Suggestion &s : std::as_const(m_suggestions))
        m_cards->addWidget(card(s));
    if (m_suggestions.isEmpty()) {
        auto *none = new QLabel(tr("No suggestions right now: you are keeping up. Consider a thank-you nobody expects."), this);
        none->setObjectName(QStringLiteral("noSuggestions"));
        none->setWordWrap(true);
        none->setForegroundRole(QPalette::PlaceholderText);
        m_cards->addWidget(none);
    }
}

QWidget *SuggestionsPanel::card(const core::Suggestion &s)
{
    auto *frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("suggestion"));
    frame->setFrameShape(QFrame::StyledPanel);
    auto *title = new QLabel(SuggestionsPanel::title(s), frame);
    title->setObjectName(QStringLiteral("suggestionTitle"));
    title->setTextFormat(Qt::PlainText); // names and facts are the user's text
    title->setWordWrap(true);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto *reason = new QLabel(why(s), frame);
    reason->setObjectName(QStringLiteral("suggestionWhy"));
    reason->setTextFormat(Qt::PlainText);
    reason->setWordWrap(true);
    reason->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(4);
    layout->addWidget(title);
    layout->addWidget(reason);
    addActions(frame, s);
    return frame;
}

void SuggestionsPanel::addActions(QWidget *card, const core::Suggestion &s)
{
    auto *row = new QHBoxLayout;
    row->setSpacing(6);
    const core::Id who = s.colleagueId;
    QPushButton *primary = nullptr;
    switch (s.kind) {
    case core::SuggestionKind::FactFollowUp:
        primary = actionButton(tr("Log it…"), QStringLiteral("suggestionLog"), card);
        connect(primary, &QPushButton::clicked, this, [this, who] { Q_EMIT logRequested(who, core::InteractionKind::Greeting); });
        break;
    case core::SuggestionKind::ThankForHelp:
        primary = actionButton(tr("Thank…"), QStringLiteral("suggestionThank"), card);
        connect(primary, &QPushButton::clicked, this, [this, who] { Q_EMIT thankRequested(who); });
        break;
    case core::SuggestionKind::WelcomeNewcomer:
        primary = actionButton(tr("Log an introduction…"), QStringLiteral("suggestionLog"), card);
        connect(primary, &QPushButton::clicked, this,
                [this, who] { Q_EMIT logRequested(who, core::InteractionKind::Introduction); });
        break;
    case core::SuggestionKind::OverdueTouchbase:
        primary = actionButton(tr("Log a coffee…"), QStringLiteral("suggestionLog"), card);
        connect(primary, &QPushButton::clicked, this, [this, who] { Q_EMIT logRequested(who, core::InteractionKind::Coffee); });
        break;
    case core::SuggestionKind::OverCapacity:
        primary = actionButton(tr("Review my capacity…"), QStringLiteral("suggestionCapacity"), card);
        connect(primary, &QPushButton::clicked, this, &SuggestionsPanel::reflectionRequested);
        break;
    case core::SuggestionKind::QuietDepartment:
        primary = actionButton(tr("See who is there…"), QStringLiteral("suggestionDepartment"), card);
        connect(primary, &QPushButton::clicked, this, [this, d = s.department] { Q_EMIT departmentRequested(d); });
        break;
    }
    row->addWidget(primary);
    if (who > 0) {
        auto *open = actionButton(tr("Open card"), QStringLiteral("suggestionOpen"), card);
        connect(open, &QPushButton::clicked, this, [this, who] { Q_EMIT colleagueRequested(who); });
        row->addWidget(open);
    }
    row->addStretch();
    auto *dismiss = actionButton(tr("Dismiss"), QStringLiteral("suggestionDismiss"), card);
    dismiss->setToolTip(tr("Not this time. Ctrl+Z brings it back."));
    connect(dismiss, &QPushButton::clicked, this, [this, s] {
        if (auto done = m_journal.dismissSuggestion(s); !done)
            Q_EMIT statusMessage(done.error().message);
    });
    row->addWidget(dismiss);
    static_cast<QVBoxLayout *>(card->layout())->addLayout(row);
}

} // namespace rapport::ui
