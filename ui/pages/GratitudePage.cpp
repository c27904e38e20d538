#include "GratitudePage.h"

#include "GratitudeEntry.h"
#include "models/GratitudeModel.h"
#include "services/Journal.h"
#include "widgets/ColleagueCombo.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace rapport::ui {
namespace {

constexpr int kSearchDelayMs = 250;

} // namespace

GratitudePage::GratitudePage(core::Journal &journal, QWidget *parent)
    : QWidget(parent)
    , m_journal(journal)
    , m_query(journal)
    , m_model(new GratitudeModel(journal, this))
{
    m_month = new QLabel(this);
    m_month->setObjectName(QStringLiteral("gratitudeMonth"));
    m_month->setTextFormat(Qt::PlainText);
    QFont heading = m_month->font();
    heading.setBold(true);
    m_month->setFont(heading);

    m_prompts = new QWidget(this);
    m_prompts->setObjectName(QStringLiteral("thankPrompts"));
    m_promptLayout = new QVBoxLayout(m_prompts);
    m_promptLayout->setContentsMargins(0, 0, 0, 0);

    m_entry = new GratitudeEntry(journal, this);
    m_entry->setObjectName(QStringLiteral("gratitudeEntry"));

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("gratitudeView"));
    m_view->setAccessibleName(tr("Gratitude entries"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    // Newest first until the user clicks a header; the model sorts in the journal.
    m_view->horizontalHeader()->setSortIndicatorClearable(true);
    m_view->horizontalHeader()->setSortIndicator(GratitudeModel::DateColumn, Qt::DescendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    const int em = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_view->horizontalHeader()->resizeSection(GratitudeModel::DateColumn, 9 * em);
    m_view->horizontalHeader()->resizeSection(GratitudeModel::ColleagueColumn, 14 * em);
    m_view->installEventFilter(this);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("gratitudeEmptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_month);
    layout->addWidget(m_prompts);
    layout->addWidget(m_entry);
    layout->addWidget(buildFilterBar());
    layout->addWidget(m_stack, 1);

    connect(m_model, &GratitudeModel::loaded, this, &GratitudePage::updateState);
    connect(m_model, &GratitudeModel::loadFailed, this, &GratitudePage::statusMessage);
    connect(m_entry, &GratitudeEntry::statusMessage, this, &GratitudePage::statusMessage);
    connect(&m_journal, &core::Journal::changed, this, &GratitudePage::refreshColleagues);
    connect(&m_journal, &core::Journal::changed, this, &GratitudePage::refreshOverview);

    refreshColleagues();
    refreshOverview();
    updateState();
}

GratitudePage::~GratitudePage() = default;

QWidget *GratitudePage::buildFilterBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);

    m_directionFilter = new QComboBox(bar);
    m_directionFilter->setObjectName(QStringLiteral("directionFilter"));
    m_directionFilter->setAccessibleName(tr("Direction filter"));
    m_directionFilter->addItem(tr("Given and received"), -1);
    for (const auto d : {core::GratitudeDirection::Given, core::GratitudeDirection::Received})
        m_directionFilter->addItem(GratitudeModel::directionLabel(d), static_cast<int>(d));

    m_whereFilter = new QComboBox(bar);
    m_whereFilter->setObjectName(QStringLiteral("whereFilter"));
    m_whereFilter->setAccessibleName(tr("Where filter"));
    m_whereFilter->addItem(tr("Private and public"), -1);
    for (const auto w : {core::GratitudeWhere::Private, core::GratitudeWhere::Public})
        m_whereFilter->addItem(GratitudeModel::whereLabel(w), static_cast<int>(w));

    m_colleagueFilter = new QComboBox(bar);
    m_colleagueFilter->setObjectName(QStringLiteral("colleagueFilter"));
    m_colleagueFilter->setAccessibleName(tr("Colleague filter"));
    m_colleagueFilter->setMinimumContentsLength(16);
    m_colleagueFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("gratitudeSearch"));
    m_search->setPlaceholderText(tr("Search what for"));
    m_search->setAccessibleName(tr("Search what for"));
    m_search->setClearButtonEnabled(true);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &GratitudePage::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, &GratitudePage::applyFilter);

    for (QComboBox *box : {m_directionFilter, m_whereFilter, m_colleagueFilter})
        connect(box, &QComboBox::currentIndexChanged, this, &GratitudePage::applyFilter);

    auto *clear = new QPushButton(tr("Clear filters"), bar);
    clear->setObjectName(QStringLiteral("clearFilters"));
    clear->setAccessibleName(tr("Clear filters"));
    clear->setAutoDefault(false);
    connect(clear, &QPushButton::clicked, this, &GratitudePage::clearFilters);

    row->addWidget(m_directionFilter);
    row->addWidget(m_whereFilter);
    row->addWidget(m_colleagueFilter);
    row->addWidget(m_search, 1);
    row->addWidget(clear);
    return bar;
}

core::GratitudeFilter GratitudePage::filter() const
{
    core::GratitudeFilter f;
    if (const int d = m_directionFilter->currentData().toInt(); d >= 0)
        f.direction = static_cast<core::GratitudeDirection>(d);
    if (const int w = m_whereFilter->currentData().toInt(); w >= 0)
        f.where = static_cast<core::GratitudeWhere>(w);
    if (const core::Id id = m_colleagueFilter->currentData().toLongLong(); id > 0)
        f.colleagueId = id;
    f.text = m_search->text().trimmed();
    return f;
}

void GratitudePage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void GratitudePage::thank(core::Id colleagueId)
{
    m_entry->prefill(colleagueId);
}

void GratitudePage::clearFilters()
{
    {
        const QSignalBlocker d(m_directionFilter), w(m_whereFilter), c(m_colleagueFilter), s(m_search);
        m_directionFilter->setCurrentIndex(0);
        m_whereFilter->setCurrentIndex(0);
        m_colleagueFilter->setCurrentIndex(0);
        m_search->clear();
    }
    applyFilter();
}

void GratitudePage::deleteSelected()
{
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return;
    const int row = selected.first().row();
    if (auto done = m_journal.deleteGratitude(m_model->idAt(row)); !done) {
        Q_EMIT statusMessage(done.error().message);
        return;
    }
    if (const int rows = m_model->rowCount(); rows > 0)
        m_view->setCurrentIndex(m_model->index(std::min(row, rows - 1), 0));
    Q_EMIT statusMessage(tr("Deleted; Ctrl+Z brings it back"));
}

bool GratitudePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Delete) || key->key() == Qt::Key_Delete) {
            deleteSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void GratitudePage::refreshColleagues()
{
    const auto colleagues = m_query.colleagues();
    if (!colleagues) {
        Q_EMIT statusMessage(colleagues.error().message);
        return;
    }
    // The colleague filtered by was deleted: show everyone rather than nothing.
    if (ColleagueFilterChoices::fill(m_colleagueFilter, *colleagues))
        applyFilter();
}

void GratitudePage::refreshOverview()
{
    if (const auto counts = m_query.thisMonth()) {
        const QLocale locale;
        m_month->setText(tr("This month: %1 given \u00b7 %2 received")
                             .arg(locale.toString(counts->given), locale.toString(counts->received)));
    } else {
        Q_EMIT statusMessage(counts.error().message);
    }

    while (QLayoutItem *item = m_promptLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const auto prompts = m_query.prompts();
    if (!prompts) {
        Q_EMIT statusMessage(prompts.error().message);
        return;
    }
    for (const core::ThankPrompt &prompt : *prompts) {
        auto *line = new QWidget(m_prompts);
        line->setObjectName(QStringLiteral("thankPrompt"));
        auto *row = new QHBoxLayout(line);
        row->setContentsMargins(0, 0, 0, 0);
        auto *text = new QLabel(tr("%1 helped you on %2 \u2014 thank them?")
                                    .arg(prompt.name, QLocale().toString(prompt.helpedOn, tr("d MMM"))),
                                line);
        text->setTextFormat(Qt::PlainText); // a name is the user's text, never markup
        auto *button = new QPushButton(tr("Thank\u2026"), line);
        button->setObjectName(QStringLiteral("thankButton"));
        button->setAccessibleName(tr("Thank %1").arg(prompt.name));
        button->setAutoDefault(false);
        const core::Id id = prompt.colleagueId;
        connect(button, &QPushButton::clicked, this, [this, id] { thank(id); });
        row->addWidget(text, 1);
        row->addWidget(button);
        m_promptLayout->addWidget(line);
    }
    m_prompts->setVisible(!prompts->empty());
}

void GratitudePage::applyFilter()
{
    m_searchDelay->stop();
    const core::GratitudeFilter wanted = filter();
    if (wanted == m_model->filter())
        return;
    m_model->setFilter(wanted);
}

void GratitudePage::updateState()
{
    const bool empty = m_model->rowCount() == 0 && m_model->allLoaded();
    m_empty->setText(m_model->filter().isEmpty()
                         ? tr("No thanks logged yet. Say thank you often and specifically, then note it above.")
                         : tr("No entry matches these filters."));
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_view);
}

} // namespace rapport::ui
