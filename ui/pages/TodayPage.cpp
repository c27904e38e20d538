#include "TodayPage.h"

#include "models/DueListModel.h"
#include "services/Journal.h"
#include "today/DueActions.h"
#include "today/Starters.h"
#include "today/SuggestionsPanel.h"

#include <QHBoxLayout>
#include <QHash>
#include <QIcon>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace rapport::ui {
namespace {

constexpr int kColleagueRole = Qt::UserRole + 1;
constexpr int kLatestCount = 8;

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    return label;
}

QLabel *emptyState(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setContentsMargins(4, 8, 4, 8);
    return label;
}

QString relativeDay(const QDate &date, const QDate &today)
{
    const qint64 days = date.daysTo(today);
    if (days == 0)
        return TodayPage::tr("Today");
    if (days == 1)
        return TodayPage::tr("Yesterday");
    if (days > 1 && days < 7)
        return QLocale().dayName(date.dayOfWeek());
    return QLocale().toString(date, QLocale::ShortFormat);
}

void styleList(QListView *list)
{
    list->setSpacing(3);
    list->setIconSize(QSize(20, 20));
    // One line a row, elided, with the whole text as its tooltip: rows of one height are
    // laid out without measuring each, however long the list.
    list->setTextElideMode(Qt::ElideRight);
    list->setUniformItemSizes(true);
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list->setFrameShape(QFrame::NoFrame);
    list->setBackgroundRole(QPalette::Window);
}

} // namespace

TodayPage::TodayPage(core::Journal &journal, QWidget *parent)
    : QWidget(parent)
    , m_journal(journal)
{
    m_date = new QLabel(this);
    QFont dateFont = m_date->font();
    dateFont.setPointSizeF(dateFont.pointSizeF() * 1.6);
    m_date->setFont(dateFont);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("todaySummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    // Two columns at the usual width: what to do now, and what to say and what happened.
    auto *columns = new QHBoxLayout;
    columns->setSpacing(24);
    columns->addWidget(buildDueColumn(), 3);
    columns->addWidget(buildSideColumn(), 2);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(10);
    layout->addWidget(m_date);
    layout->addWidget(m_summary);
    layout->addSpacing(8);
    layout->addLayout(columns, 1);
    // A short window scrolls instead of squeezing the suggestions.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    m_starterIndex = Starters::indexFor(m_journal.clock().today());
    connect(&m_journal, &core::Journal::changed, this, &TodayPage::refresh);
    refresh();
}

TodayPage::~TodayPage() = default;

QWidget *TodayPage::buildDueColumn()
{
    auto *column = new QWidget(this);
    m_dueModel = new DueListModel(this);
    m_due = new QListView(column);
    m_due->setObjectName(QStringLiteral("dueList"));
    m_due->setModel(m_dueModel);
    m_due->setAccessibleName(tr("Due today"));
    m_due->setMinimumHeight(m_due->fontMetrics().height() * 8);
    styleList(m_due);
    m_dueEmpty = emptyState(tr("Nothing is due today. A good day to say thank you, or to ask someone how their week is "
                               "going."),
                            column);
    m_actions = new DueActions(m_journal, column);
    connect(m_actions, &DueActions::doneRequested, this, &TodayPage::dueDoneRequested);
    connect(m_actions, &DueActions::statusMessage, this, &TodayPage::statusMessage);
    connect(m_due, &QListView::activated, this, [this](const QModelIndex &index) {
        m_due->setCurrentIndex(index);
        selectionChanged();
        m_actions->done();
    });
    connect(m_due->selectionModel(), &QItemSelectionModel::currentChanged, this, &TodayPage::selectionChanged);

    m_suggestions = new SuggestionsPanel(m_journal, column);
    m_suggestions->setObjectName(QStringLiteral("suggestions"));
    connect(m_suggestions, &SuggestionsPanel::logRequested, this, &TodayPage::logRequested);
    connect(m_suggestions, &SuggestionsPanel::thankRequested, this, &TodayPage::thankRequested);
    connect(m_suggestions, &SuggestionsPanel::colleagueRequested, this, &TodayPage::colleagueRequested);
    connect(m_suggestions, &SuggestionsPanel::departmentRequested, this, &TodayPage::departmentRequested);
    connect(m_suggestions, &SuggestionsPanel::reflectionRequested, this, &TodayPage::reflectionRequested);
    connect(m_suggestions, &SuggestionsPanel::statusMessage, this, &TodayPage::statusMessage);

    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading(tr("Due"), column));
    layout->addWidget(m_due, 1);
    layout->addWidget(m_dueEmpty);
    layout->addWidget(m_actions);
    layout->addSpacing(12);
    layout->addWidget(heading(tr("One small action today"), column));
    layout->addWidget(m_suggestions);
    return column;
}

QWidget *TodayPage::buildSideColumn()
{
    auto *column = new QWidget(this);
    auto *card = new QFrame(column);
    card->setFrameShape(QFrame::StyledPanel);
    m_starter = new QLabel(card);
    m_starter->setObjectName(QStringLiteral("starter"));
    m_starter->setWordWrap(true);
    m_starter->setTextFormat(Qt::PlainText);
    QFont italic = m_starter->font();
    italic.setItalic(true);
    italic.setPointSizeF(italic.pointSizeF() * 1.05);
    m_starter->setFont(italic);
    auto *another = new QPushButton(tr("&Another"), card);
    another->setObjectName(QStringLiteral("anotherStarter"));
    another->setAccessibleName(tr("Another conversation starter"));
    connect(another, &QPushButton::clicked, this, &TodayPage::nextStarter);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->addWidget(m_starter);
    cardLayout->addWidget(another, 0, Qt::AlignRight);

    m_latest = new QListWidget(column);
    m_latest->setAccessibleName(tr("Latest entries"));
    styleList(m_latest);
    m_latest->setMinimumHeight(m_latest->fontMetrics().height() * 8);
    m_latestEmpty = emptyState(tr("Nothing logged yet. Press Ctrl+L after your next conversation to log it in a few "
                                  "keystrokes."),
                               column);
    connect(m_latest, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT colleagueRequested(item->data(kColleagueRole).toLongLong());
    });

    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading(tr("Something to say"), column));
    layout->addWidget(card);
    layout->addSpacing(12);
    layout->addWidget(heading(tr("Latest entries"), column));
    layout->addWidget(m_latest, 1);
    layout->addWidget(m_latestEmpty);
    layout->addStretch();
    return column;
}

QString TodayPage::starter() const
{
    return m_starter->text();
}

void TodayPage::nextStarter()
{
    const auto count = Starters::all().size();
    m_starterIndex = count == 0 ? 0 : static_cast<int>((m_starterIndex + 1) % count);
    m_starter->setText(Starters::all().value(m_starterIndex));
}

void TodayPage::refresh()
{
    const QDate today = m_journal.clock().today();
    m_date->setText(QLocale().toString(today, QLocale::LongFormat));
    m_starter->setText(Starters::all().value(m_starterIndex));

    auto items = core::dueItems(m_journal.database(), today);
    if (!items) {
        m_summary->setText(items.error().message);
        return;
    }
    m_summary->setText(items->isEmpty() ? tr("You are up to date.")
                                        : tr("%n thing(s) to do today. One small action is enough to keep trust growing.",
                                             nullptr, int(items->size())));
    const int keepRow = m_due->currentIndex().row();
    m_dueModel->setItems(*items, today);
    m_due->setVisible(!items->isEmpty());
    m_dueEmpty->setVisible(items->isEmpty());
    // After Done, Snooze or Dismiss the next item waits under the cursor.
    if (!items->isEmpty())
        m_due->setCurrentIndex(m_dueModel->index(std::clamp(keepRow, 0, int(items->size()) - 1)));
    selectionChanged();
    refreshLatest(today);
}

void TodayPage::refreshLatest(const QDate &today)
{
    m_latest->clear();
    auto latest = m_journal.repositories().interactions.latest(today, kLatestCount);
    QList<core::Id> people;
    if (latest) {
        for (const core::Interaction &i : std::as_const(*latest))
            people += i.participants;
    }
    const QHash<core::Id, QString> names = m_journal.repositories().colleagues.names(people).value_or(QHash<core::Id, QString>());
    const QIcon entryIcon(QStringLiteral(":/icons/journal.svg"));
    if (latest) {
        for (const core::Interaction &i : std::as_const(*latest)) {
            QStringList with;
            for (const core::Id id : i.participants)
                with << names.value(id, QStringLiteral("#%1").arg(id));
            auto *row = new QListWidgetItem(entryIcon,
                                            tr("%1 · %2 with %3").arg(relativeDay(i.date, today), core::label(i.kind),
                                                                      with.join(QStringLiteral(", "))),
                                            m_latest);
            row->setData(kColleagueRole, i.participants.value(0));
        }
    }
    const bool noLatest = !latest || latest->isEmpty();
    m_latest->setVisible(!noLatest);
    m_latestEmpty->setVisible(noLatest);
}

void TodayPage::selectionChanged()
{
    m_actions->setItem(m_dueModel->itemAt(m_due->currentIndex().row()));
}

} // namespace rapport::ui
