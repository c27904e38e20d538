#include "TodayPage.h"

#include "services/DueList.h"
#include "models/DueListModel.h"
#include "services/Journal.h"

#include <QHBoxLayout>
#include <QHash>
#include <QIcon>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QLocale>
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

} // namespace

TodayPage::TodayPage(core::Journal &journal, QWidget *parent)
    : QWidget(parent)
    , m_journal(journal)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(10);
    m_date = new QLabel(this);
    QFont dateFont = m_date->font();
    dateFont.setPointSizeF(dateFont.pointSizeF() * 1.6);
    m_date->setFont(dateFont);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    m_dueModel = new DueListModel(this);
    m_due = new QListView(this);
    m_due->setModel(m_dueModel);
    m_due->setAccessibleName(tr("Due today"));
    m_due->setUniformItemSizes(true);
    m_due->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_dueEmpty = emptyState(tr("Nothing is due today. A good day to say thank you, or to ask someone how their week is going."), this);
    m_latest = new QListWidget(this);
    m_latest->setAccessibleName(tr("Latest entries"));
    m_latest->setUniformItemSizes(true);
    m_latestEmpty = emptyState(tr("Nothing logged yet. Press Ctrl+L after your next conversation to log it in a few keystrokes."), this);

    layout->addWidget(m_date);
    layout->addWidget(m_summary);
    layout->addSpacing(12);

    // Two columns at the usual width: what to do now, and what happened lately.
    auto *columns = new QHBoxLayout;
    columns->setSpacing(24);
    auto *dueColumn = new QVBoxLayout;
    dueColumn->addWidget(heading(tr("Due"), this));
    dueColumn->addWidget(m_due, 1);
    dueColumn->addWidget(m_dueEmpty);
    dueColumn->addStretch(0);
    auto *latestColumn = new QVBoxLayout;
    latestColumn->addWidget(heading(tr("Latest entries"), this));
    latestColumn->addWidget(m_latest, 1);
    latestColumn->addWidget(m_latestEmpty);
    latestColumn->addStretch(0);
    columns->addLayout(dueColumn, 3);
    columns->addLayout(latestColumn, 2);
    layout->addLayout(columns, 1);
    for (QListView *list : {static_cast<QListView *>(m_due), static_cast<QListView *>(m_latest)}) {
        list->setSpacing(3);
        list->setIconSize(QSize(20, 20));
        // One line a row, elided, with the whole text as its tooltip: rows of one height
        // are laid out without measuring each, however long the list.
        list->setTextElideMode(Qt::ElideRight);
        list->setFrameShape(QFrame::NoFrame);
        list->setBackgroundRole(QPalette::Window);
    }

    connect(m_due, &QListView::activated, this, &TodayPage::activateDue);
    connect(m_latest, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT colleagueRequested(item->data(kColleagueRole).toLongLong());
    });
    connect(&m_journal, &core::Journal::changed, this, &TodayPage::refresh);
    refresh();
}

void TodayPage::refresh()
{
    const QDate today = m_journal.clock().today();
    m_date->setText(QLocale().toString(today, QLocale::LongFormat));

    auto items = core::dueItems(m_journal.database(), today);
    if (!items) {
        m_summary->setText(items.error().message);
        return;
    }
    m_summary->setText(items->isEmpty() ? tr("You are up to date.")
                                        : tr("%n thing(s) to do today. One small action is enough to keep trust growing.",
                                             nullptr, int(items->size())));
    m_dueModel->setItems(*items, today);
    m_due->setVisible(!items->isEmpty());
    m_dueEmpty->setVisible(items->isEmpty());

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
            auto *row = new QListWidgetItem(entryIcon, tr("%1 · %2 with %3").arg(relativeDay(i.date, today), core::label(i.kind),
                                                                      with.join(QStringLiteral(", "))),
                                            m_latest);
            row->setData(kColleagueRole, i.participants.value(0));
        }
    }
    const bool noLatest = !latest || latest->isEmpty();
    m_latest->setVisible(!noLatest);
    m_latestEmpty->setVisible(noLatest);
}

void TodayPage::activateDue(const QModelIndex &index)
{
    const core::Id colleague = index.data(DueListModel::ColleagueRole).toLongLong();
    if (core::DueType(index.data(DueListModel::TypeRole).toInt()) == core::DueType::Touchbase)
        Q_EMIT logRequested(colleague);
    else
        Q_EMIT colleagueRequested(colleague);
}

} // namespace rapport::ui
