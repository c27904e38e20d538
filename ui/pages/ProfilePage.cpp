#include "ProfilePage.h"

#include "charts/ProfileCharts.h"
#include "models/TimelineModel.h"
#include "profile/DetailsPanel.h"
#include "profile/FactsPanel.h"
#include "profile/HealthPanel.h"
#include "profile/ProfileHeader.h"
#include "profile/ProfileText.h"
#include "services/ColleagueTimeline.h"
#include "services/HealthDetail.h"
#include "services/Journal.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace rapport::ui {
namespace {

constexpr int kTimelineHeight = 320; // tall enough for a dozen entries; the list scrolls

QGroupBox *section(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    box->setAccessibleName(title);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

QPushButton *button(const QString &text, const QString &accessible, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setAccessibleName(accessible);
    return b;
}

} // namespace

ProfilePage::ProfilePage(core::Journal &journal, QWidget *parent) : QWidget(parent), m_journal(journal)
{
    auto *empty = new QWidget(this);
    m_emptyText = new QLabel(empty);
    m_emptyText->setObjectName(QStringLiteral("profileEmpty"));
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignCenter);
    auto *emptyBack = button(tr("Back to colleagues"), tr("Back to colleagues"), empty);
    connect(emptyBack, &QPushButton::clicked, this, &ProfilePage::backRequested);
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addWidget(emptyBack, 0, Qt::AlignCenter);
    emptyLayout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // everything wraps instead
    scroll->setWidget(buildCard());

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(empty);
    m_stack->addWidget(scroll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_confirmation = [this](const QString &question) { return confirm(question); };
    connect(&m_journal, &core::Journal::changed, this, &ProfilePage::reload);
    showEmpty(tr("Choose a colleague to see their card."));
}

ProfilePage::~ProfilePage() = default;

QWidget *ProfilePage::buildCard()
{
    auto *card = new QWidget;
    auto *back = button(tr("← Colleagues"), tr("Back to colleagues"), card);
    back->setFlat(true);
    auto *log = button(tr("Log…"), tr("Log an interaction with this colleague"), card);
    log->setToolTip(tr("Log an interaction (Ctrl+L)"));
    auto *thank = button(tr("Thank…"), tr("Thank this colleague"), card);
    thank->setObjectName(QStringLiteral("thankButton"));
    thank->setToolTip(tr("Log thanks given to them, or received from them"));
    auto *edit = button(tr("Edit…"), tr("Edit this colleague"), card);
    m_archive = button(tr("Archive"), tr("Archive this colleague"), card);
    m_archive->setObjectName(QStringLiteral("archiveButton"));
    auto *remove = button(tr("Delete…"), tr("Delete this colleague"), card);
    remove->setObjectName(QStringLiteral("deleteButton"));

    connect(back, &QPushButton::clicked, this, &ProfilePage::backRequested);
    connect(log, &QPushButton::clicked, this, [this] { Q_EMIT logRequested(m_id); });
    connect(thank, &QPushButton::clicked, this, [this] { Q_EMIT thankRequested(m_id); });
    connect(edit, &QPushButton::clicked, this, [this] { Q_EMIT editRequested(m_id); });
    connect(m_archive, &QPushButton::clicked, this, &ProfilePage::toggleArchived);
    connect(remove, &QPushButton::clicked, this, &ProfilePage::deleteColleague);

    auto *actions = new QHBoxLayout;
    actions->addWidget(back);
    actions->addStretch();
    for (QPushButton *b : {log, thank, edit, m_archive, remove})
        actions->addWidget(b);

    m_header = new ProfileHeader(card);
    m_details = new DetailsPanel(m_journal.clock(), card);
    m_health = new HealthPanel(card);
    m_charts = new ProfileCharts(m_journal, card);
    m_charts->setObjectName(QStringLiteral("profileCharts"));
    connect(m_charts, &ProfileCharts::statusMessage, this, &ProfilePage::statusMessage);
    m_facts = new FactsPanel(m_journal, card);
    connect(m_facts, &FactsPanel::statusMessage, this, &ProfilePage::statusMessage);

    auto *timeline = new QWidget(card);
    m_timeline = new TimelineModel(this);
    m_timelineView = new QListView(timeline);
    m_timelineView->setObjectName(QStringLiteral("timeline"));
    m_timelineView->setAccessibleName(tr("Timeline"));
    m_timelineView->setModel(m_timeline);
    m_timelineView->setWordWrap(true);
    m_timelineView->setAlternatingRowColors(true);
    m_timelineView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timelineView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_timelineView->setIconSize(QSize(24, 24));
    m_timelineView->setMinimumHeight(kTimelineHeight);
    m_timelineEmpty = new QLabel(tr("Nothing logged with them yet. A short coffee or a specific thank-you is a good "
                                    "start; press Log."),
                                 timeline);
    m_timelineEmpty->setWordWrap(true);
    auto *timelineLayout = new QVBoxLayout(timeline);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    timelineLayout->addWidget(m_timelineEmpty);
    timelineLayout->addWidget(m_timelineView);

    auto *layout = new QVBoxLayout(card);
    layout->addLayout(actions);
    layout->addWidget(m_header);
    layout->addWidget(section(tr("About"), m_details, card));
    layout->addWidget(section(tr("Relationship health"), m_health, card));
    layout->addWidget(section(tr("The last 12 months"), m_charts, card));
    layout->addWidget(section(tr("Things to remember"), m_facts, card));
    layout->addWidget(section(tr("Timeline"), timeline, card));
    layout->addStretch();
    return card;
}

void ProfilePage::showColleague(core::Id id)
{
    m_id = id;
    m_shown = false; // a different colleague is not "deleted" just because the last one was
    m_charts->setColleague(id);
    reload();
}

void ProfilePage::showEmpty(const QString &text)
{
    m_emptyText->setText(text);
    m_stack->setCurrentIndex(0);
}

void ProfilePage::reload()
{
    if (m_id == 0)
        return;
    auto found = m_journal.repositories().colleagues.find(m_id);
    if (!found) {
        Q_EMIT statusMessage(found.error().message);
        return;
    }
    if (!found->has_value()) {
        const bool wasShown = m_shown;
        m_shown = false;
        showEmpty(tr("%1 is no longer in the journal. Undo (Ctrl+Z) brings them back, or choose another colleague.")
                      .arg(m_name.isEmpty() ? tr("This colleague") : m_name));
        if (wasShown)
            Q_EMIT colleagueDeleted(m_id);
        return;
    }
    const core::Colleague &c = **found;
    auto detail = core::healthDetail(m_journal, m_id);
    auto entries = core::colleagueTimeline(m_journal, m_id);
    if (!detail || !entries) {
        Q_EMIT statusMessage((detail ? entries.error() : detail.error()).message);
        return;
    }

    m_name = c.name;
    m_archived = c.archived;
    m_header->setColleague(c);
    m_details->setColleague(c);
    m_health->setDetail(*detail, c);
    m_facts->setColleague(m_id);
    const bool anything = !entries->empty();
    m_timeline->setEntries(std::move(*entries));
    m_timelineEmpty->setVisible(!anything);
    m_timelineView->setVisible(anything);
    m_archive->setText(c.archived ? tr("Restore") : tr("Archive"));
    m_archive->setAccessibleName(c.archived ? tr("Restore this colleague") : tr("Archive this colleague"));
    m_archive->setToolTip(c.archived ? tr("Bring them back into lists and reminders")
                                     : tr("Keep them, but leave them out of lists and reminders"));
    m_shown = true;
    m_stack->setCurrentIndex(1);
}

void ProfilePage::toggleArchived()
{
    if (!m_shown)
        return;
    const bool archive = !m_archived;
    const QString name = m_name;
    if (auto done = m_journal.setArchived(m_id, archive); !done) {
        Q_EMIT statusMessage(done.error().message);
        return;
    }
    Q_EMIT statusMessage(archive ? tr("Archived %1. Ctrl+Z undoes it.").arg(name) : tr("Restored %1.").arg(name));
}

void ProfilePage::deleteColleague()
{
    if (!m_shown)
        return;
    auto impact = core::deletionImpact(m_journal, m_id);
    auto colleague = m_journal.repositories().colleagues.find(m_id);
    if (!impact || !colleague || !colleague->has_value()) {
        Q_EMIT statusMessage(!impact ? impact.error().message : tr("This colleague is no longer in the journal."));
        return;
    }
    if (!m_confirmation(ProfileText::deletionQuestion(**colleague, *impact)))
        return;
    const QString name = m_name;
    if (auto done = m_journal.deleteColleague(m_id); !done) {
        Q_EMIT statusMessage(done.error().message);
        return;
    }
    Q_EMIT statusMessage(tr("Deleted %1. Ctrl+Z brings everything back.").arg(name));
}

bool ProfilePage::confirm(const QString &question)
{
    QMessageBox box(QMessageBox::Warning, tr("Delete colleague"), question, QMessageBox::NoButton, this);
    box.setTextFormat(Qt::PlainText); // the question carries the name as the user wrote it
    QPushButton *yes = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    QPushButton *no = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(no);
    box.setEscapeButton(no);
    box.exec();
    return box.clickedButton() == yes;
}

} // namespace rapport::ui
