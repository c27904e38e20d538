#include "InsightsPage.h"

#include "charts/ChartStyle.h"
#include "charts/ChartView.h"
#include "charts/InsightsCharts.h"
#include "insights/ChartGrid.h"
#include "insights/InsightsLoader.h"
#include "services/Journal.h"
#include "widgets/ColleagueCombo.h"

#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace rapport::ui {
namespace {

// A computation shorter than this shows no "Updating…", which would only flicker.
constexpr int kBusyDelayMs = 200;
constexpr int kChartHeight = 300;
constexpr int kBalanceRowHeight = 26;

using Builder = QChart *(*)(const core::InsightsSeries &, const ChartStyle &);
constexpr std::array<Builder, InsightsPage::ChartCount> kBuilders {
    &InsightsCharts::interactions,
    &InsightsCharts::consistency,
    &InsightsCharts::gratitude,
    &InsightsCharts::reliability,
    &InsightsCharts::breadth,
    &InsightsCharts::supportBalance,
};

} // namespace

InsightsPage::InsightsPage(core::Journal &journal, QWidget *parent)
    : QWidget(parent)
    , m_journal(journal)
    , m_loader(new InsightsLoader(journal.path(), this))
{
    m_grid = new ChartGrid;
    m_grid->setObjectName(QStringLiteral("insightsGrid"));
    for (int c = 0; c < ChartCount; ++c) {
        const auto chart = Chart(c);
        m_grid->addCard(buildCard(chart, chart != Interactions && chart != Gratitude), chart == Balance);
    }
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("insightsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_grid);

    m_empty = new QLabel(tr("Loading the charts\u2026"), this);
    m_empty->setObjectName(QStringLiteral("insightsEmptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setMargin(24);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(scroll);
    m_stack->addWidget(m_empty);
    m_stack->setCurrentWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildBar());
    layout->addWidget(m_stack, 1);

    m_busyDelay = new QTimer(this);
    m_busyDelay->setSingleShot(true);
    m_busyDelay->setInterval(kBusyDelayMs);
    connect(m_busyDelay, &QTimer::timeout, m_status, &QWidget::show);
    connect(m_loader, &InsightsLoader::loaded, this, &InsightsPage::present);
    connect(m_loader, &InsightsLoader::failed, this, [this](const QString &message) {
        m_busyDelay->stop();
        m_status->hide();
        Q_EMIT statusMessage(message);
    });
    connect(&m_journal, &core::Journal::changed, this, &InsightsPage::journalChanged);

    refreshColleagues();
    reload();
}

InsightsPage::~InsightsPage() = default;

QWidget *InsightsPage::buildBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);

    m_range = new QComboBox(bar);
    m_range->setObjectName(QStringLiteral("insightsRange"));
    m_range->setAccessibleName(tr("Months shown"));
    for (const int months : { 6, 12, 24 })
        m_range->addItem(tr("Last %n month(s)", nullptr, months), months);
    m_range->addItem(tr("All months"), core::kInsightsAllMonths);
    m_range->setCurrentIndex(1);
    connect(m_range, &QComboBox::currentIndexChanged, this, &InsightsPage::reload);

    m_colleague = makeColleagueCombo(bar, QStringLiteral("insightsColleague"), tr("Whose figures"), 16);
    connect(m_colleague, &QComboBox::currentIndexChanged, this, &InsightsPage::reload);
    connect(m_colleague->lineEdit(), &QLineEdit::editingFinished, this, &InsightsPage::settleColleagueText);

    m_status = new QLabel(tr("Updating\u2026"), bar);
    m_status->setObjectName(QStringLiteral("insightsUpdating"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->hide();

    row->addWidget(m_range);
    row->addWidget(m_colleague);
    row->addStretch(1);
    row->addWidget(m_status);
    return bar;
}

QWidget *InsightsPage::buildCard(Chart chart, bool withCaption)
{
    auto *card = new QWidget;
    auto *column = new QVBoxLayout(card);
    column->setContentsMargins(0, 0, 0, 8);
    auto *view = new ChartView(card);
    // The interactions carry a legend of up to fifteen kinds under the plot.
    view->setMinimumHeight(chart == Interactions ? kChartHeight + 60 : kChartHeight);
    view->setMinimumWidth(ChartGrid::kMinCardWidth * 2 / 3);
    connect(view, &ChartView::activated, this, [this, view] { m_current = view; });
    connect(view, &ChartView::saved, this,
        [this](const QString &path) { Q_EMIT statusMessage(tr("Chart saved to %1").arg(path)); });
    connect(view, &ChartView::saveFailed, this, &InsightsPage::statusMessage);
    column->addWidget(view);
    m_views[std::size_t(chart)] = view;
    if (withCaption) {
        auto *caption = new QLabel(card);
        caption->setWordWrap(true);
        caption->setTextFormat(Qt::PlainText); // carries a colleague's name
        caption->setForegroundRole(QPalette::PlaceholderText);
        column->addWidget(caption);
        m_captions[std::size_t(chart)] = caption;
    }
    static constexpr std::array<const char *, ChartCount> kNames { "interactionsChart", "consistencyChart",
        "gratitudeChart", "reliabilityChart", "breadthChart", "balanceChart" };
    view->setObjectName(QLatin1String(kNames[std::size_t(chart)]));
    return card;
}

ChartView *InsightsPage::currentChart() const
{
    for (ChartView *view : m_views) {
        if (view->hasFocus())
            return view;
    }
    return m_current ? m_current : m_views.front();
}

core::InsightsRequest InsightsPage::request() const
{
    core::InsightsRequest r;
    r.today = m_journal.clock().today();
    r.months = m_range->currentData().toInt();
    if (const core::Id id = m_colleague->currentData().toLongLong(); id > 0)
        r.colleague = id;
    return r;
}

bool InsightsPage::isLoading() const
{
    return m_loader->busy() || m_drawing;
}

bool InsightsPage::showsEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

QString InsightsPage::emptyStateText() const
{
    return m_empty->text();
}

void InsightsPage::reload()
{
    m_loader->request(request());
    if (!m_busyDelay->isActive() && m_status->isHidden())
        m_busyDelay->start();
}

void InsightsPage::showColleague(core::Id colleagueId)
{
    const int index = m_colleague->findData(colleagueId);
    m_colleague->setCurrentIndex(std::max(index, 0));
}

void InsightsPage::saveCurrentChart()
{
    if (showsEmptyState()) {
        Q_EMIT statusMessage(tr("There is no chart to save yet."));
        return;
    }
    currentChart()->saveWithDialog();
}

void InsightsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        m_stale = false;
        reload();
    }
}

void InsightsPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Charts draw with colours taken from the palette: follow a switch to light or dark.
    const auto type = event->type();
    if (type == QEvent::PaletteChange || type == QEvent::ApplicationPaletteChange || type == QEvent::FontChange)
        drawCharts();
}

void InsightsPage::refreshColleagues()
{
    const auto colleagues = core::insightsColleagues(m_journal.database());
    if (!colleagues) {
        Q_EMIT statusMessage(colleagues.error().message);
        return;
    }
    QList<QPair<core::Id, QString>> entries;
    entries.reserve(colleagues->size());
    for (const auto &c : *colleagues)
        entries.append({ c.id, c.archived ? tr("%1 (archived)").arg(c.name) : c.name });
    // Most changes (a quick log) leave the list as it was; filling a combo box with
    // thousands of names would hold the window up for nothing.
    if (entries == m_colleagueEntries && m_colleague->count() == entries.size() + 1)
        return;
    m_colleagueEntries = entries;
    const core::Id current = m_colleague->currentData().toLongLong();
    const QSignalBlocker blocker(m_colleague);
    m_colleague->clear();
    m_colleague->addItem(tr("Everyone"), core::Id(0));
    for (const auto &[id, name] : std::as_const(entries)) {
        m_colleague->addItem(name, id);
        if (id == current)
            m_colleague->setCurrentIndex(m_colleague->count() - 1);
    }
}

void InsightsPage::journalChanged()
{
    refreshColleagues(); // a deleted colleague's choice falls back to everyone
    if (isVisible())
        reload();
    else
        m_stale = true;
}

// Typed text that names no colleague goes back to the current choice.
void InsightsPage::settleColleagueText()
{
    const int match = m_colleague->findText(m_colleague->currentText(), Qt::MatchFixedString);
    if (match >= 0)
        m_colleague->setCurrentIndex(match);
    else
        m_colleague->setEditText(m_colleague->itemText(m_colleague->currentIndex()));
}

void InsightsPage::present(const core::InsightsSeries &series)
{
    m_series = std::make_unique<core::InsightsSeries>(series);
    m_busyDelay->stop();
    m_status->hide();
    drawCharts();
}

void InsightsPage::drawCharts()
{
    if (!m_series)
        return;
    const core::InsightsSeries &s = *m_series;
    const quint64 generation = ++m_drawGeneration;
    if (s.empty()) {
        if (s.request.colleague)
            m_empty->setText(tr("Nothing with %1 in these months yet. Log a conversation with Quick log (Ctrl+L), "
                                "or choose more months.")
                                 .arg(s.colleagueName));
        else if (s.activeColleagues == 0)
            m_empty->setText(tr("No charts yet. Add the colleagues you work with (Ctrl+N) and log your conversations "
                                "with Quick log (Ctrl+L): each month will show here."));
        else
            m_empty->setText(tr("Nothing logged in these months yet. Log a conversation with Quick log (Ctrl+L), "
                                "or choose more months."));
        m_stack->setCurrentWidget(m_empty);
        m_drawing = false;
        Q_EMIT chartsUpdated();
        return;
    }
    m_captions[Consistency]->setText(InsightsCharts::consistencyRule(s));
    m_captions[Reliability]->setText(InsightsCharts::reliabilityRule());
    m_captions[Breadth]->setText(InsightsCharts::breadthRule(s));
    m_captions[Balance]->setText(InsightsCharts::balanceRule(s));
    m_stack->setCurrentIndex(0);
    m_drawing = true;
    drawChart(generation, 0);
}

// One chart per turn of the event loop: making and laying out a chart of three years
// takes up to some 20 ms, so six at once would freeze the window for a moment. The
// charts not yet redrawn show the previous figures meanwhile; a newer series restarts.
// The next chart waits 1 ms rather than 0: chained zero timers starve other timers.
void InsightsPage::drawChart(quint64 generation, int chart)
{
    if (generation != m_drawGeneration || !m_series)
        return;
    const core::InsightsSeries &s = *m_series;
    const ChartStyle style = ChartStyle::fromPalette(palette(), font());
    m_views[std::size_t(chart)]->replaceChart(kBuilders[std::size_t(chart)](s, style));
    if (chart == Balance) // tall enough for every bar
        m_views[Balance]->setFixedHeight(std::max(kChartHeight / 2, 130 + kBalanceRowHeight * int(s.balances.size())));
    if (chart + 1 < ChartCount) {
        QTimer::singleShot(1, this, [this, generation, chart] { drawChart(generation, chart + 1); });
        return;
    }
    m_drawing = false;
    Q_EMIT chartsUpdated();
}

} // namespace rapport::ui
