#include "ColleaguesPage.h"

#include "models/ColleagueDelegate.h"
#include "models/ColleagueFilterProxy.h"
#include "models/ColleagueListModel.h"
#include "services/Journal.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace rapport::ui {
namespace {

// Rows that fill a tall list; past these the view fetches more as the user scrolls.
constexpr int kScreenful = 50;

// Fills a facet combo: "All ..." (no filter) first, then the values; keeps the current
// value when it is still there. Returns whether the current value had to go.
bool refill(QComboBox *combo, const QString &all, const QStringList &values)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(all, QString());
    for (const QString &value : values)
        combo->addItem(value, value);
    const int at = current.isEmpty() ? 0 : combo->findData(current);
    combo->setCurrentIndex(std::max(at, 0));
    combo->setEnabled(!values.isEmpty());
    return !current.isEmpty() && at < 0;
}

} // namespace

ColleaguesPage::ColleaguesPage(core::Journal &journal, QWidget *parent)
    : QWidget(parent)
    , m_model(new ColleagueListModel(journal, this))
    , m_proxy(new ColleagueFilterProxy(this))
{
    m_proxy->setSourceModel(m_model);
    buildLayout();
    connectControls();
    refillFacets();
    applyFilter();
}

ColleaguesPage::~ColleaguesPage() = default;

void ColleaguesPage::buildLayout()
{
    auto *heading = new QLabel(tr("Colleagues"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("colleagueSearch"));
    m_search->setPlaceholderText(tr("Search name, role, team or tag"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search colleagues"));
    m_search->installEventFilter(this);

    m_new = new QPushButton(tr("New colleague"), this);
    m_new->setObjectName(QStringLiteral("newColleagueButton"));
    m_new->setToolTip(tr("Add a colleague (Ctrl+N)"));

    const auto combo = [this](const char *name, const QString &accessible) {
        auto *box = new QComboBox(this);
        box->setObjectName(QLatin1String(name));
        box->setAccessibleName(accessible);
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        return box;
    };
    m_team = combo("teamFilter", tr("Filter by team"));
    m_department = combo("departmentFilter", tr("Filter by department"));
    m_tag = combo("tagFilter", tr("Filter by tag"));
    m_dueNow = new QCheckBox(tr("Due now"), this);
    m_dueNow->setObjectName(QStringLiteral("dueNowToggle"));
    m_dueNow->setToolTip(tr("Only colleagues whose touchbase is due today or overdue"));
    m_showArchived = new QCheckBox(tr("Show archived"), this);
    m_showArchived->setObjectName(QStringLiteral("showArchivedToggle"));

    m_sort = combo("sortCombo", tr("Sort colleagues by"));
    m_sort->addItem(tr("Name"), int(core::ColleagueSort::Name));
    m_sort->addItem(tr("Last contact"), int(core::ColleagueSort::LastContact));
    m_sort->addItem(tr("Next due"), int(core::ColleagueSort::NextDue));
    m_sort->addItem(tr("Health"), int(core::ColleagueSort::Health));
    auto *sortLabel = new QLabel(tr("&Sort by"), this);
    sortLabel->setBuddy(m_sort);

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("colleagueList"));
    m_list->setAccessibleName(tr("Colleagues"));
    m_list->setModel(m_proxy);
    m_list->setItemDelegate(new ColleagueDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true); // one size for every row: long lists lay out fast
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_clear = new QPushButton(tr("Clear search and filters"), this);
    m_clear->setObjectName(QStringLiteral("clearFiltersButton"));
    auto *emptyPage = new QWidget(this);
    auto *emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_empty);
    emptyLayout->addWidget(m_clear, 0, Qt::AlignHCenter);
    emptyLayout->addStretch();

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_list);
    m_stack->addWidget(emptyPage);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("resultCount"));
    m_count->setTextFormat(Qt::PlainText);

    auto *top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch();
    top->addWidget(m_new);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(sortLabel);
    searchRow->addWidget(m_sort);
    auto *filters = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{m_team, m_department, m_tag, m_dueNow, m_showArchived})
        filters->addWidget(w);
    filters->addStretch();
    filters->addWidget(m_count);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(searchRow);
    layout->addLayout(filters);
    layout->addWidget(m_stack, 1);

    // Reading order: search, sort, the filters, the list, then the buttons.
    const QList<QWidget *> order{m_search, m_sort, m_team, m_department, m_tag, m_dueNow,
                                 m_showArchived, m_list, m_clear, m_new};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);
    setFocusProxy(m_search);
}

void ColleaguesPage::connectControls()
{
    connect(m_search, &QLineEdit::textChanged, this, &ColleaguesPage::applyFilter);
    for (QComboBox *box : {m_team, m_department, m_tag})
        connect(box, &QComboBox::currentIndexChanged, this, &ColleaguesPage::applyFilter);
    connect(m_dueNow, &QCheckBox::toggled, this, &ColleaguesPage::applyFilter);
    connect(m_showArchived, &QCheckBox::toggled, this, [this] {
        refillFacets(); // archived colleagues bring their teams and tags along
        applyFilter();
    });
    connect(m_sort, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setSortKey(core::ColleagueSort(m_sort->currentData().toInt()));
        fillView();
        if (m_list->currentIndex().isValid())
            m_list->scrollTo(m_list->currentIndex());
    });
    connect(m_new, &QPushButton::clicked, this, &ColleaguesPage::newColleagueRequested);
    connect(m_clear, &QPushButton::clicked, this, &ColleaguesPage::clearFilters);
    connect(m_list, &QListView::activated, this, &ColleaguesPage::activate);
    connect(m_model, &ColleagueListModel::reloaded, this, [this] {
        if (refillFacets())
            applyFilter(); // a team, department or tag in use has gone
        else
            updateState();
        fillView();
    });
}

core::Id ColleaguesPage::currentColleague() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.data(ColleagueListModel::IdRole).toLongLong() : 0;
}

bool ColleaguesPage::selectColleague(core::Id colleagueId)
{
    int row = m_model->rowOf(colleagueId);
    while (row < 0 && m_model->canFetchMore({})) {
        m_model->fetchMore({});
        row = m_model->rowOf(colleagueId);
    }
    const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row));
    if (!index.isValid())
        return false;
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
    return true;
}

void ColleaguesPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ColleaguesPage::clearFilters()
{
    {
        const QSignalBlocker blockSearch(m_search);
        const QSignalBlocker blockTeam(m_team);
        const QSignalBlocker blockDepartment(m_department);
        const QSignalBlocker blockTag(m_tag);
        const QSignalBlocker blockDue(m_dueNow);
        m_search->clear();
        m_team->setCurrentIndex(0);
        m_department->setCurrentIndex(0);
        m_tag->setCurrentIndex(0);
        m_dueNow->setChecked(false);
    }
    applyFilter();
    m_search->setFocus(Qt::OtherFocusReason);
}

void ColleaguesPage::showDepartment(const QString &department)
{
    {
        const QSignalBlocker blockDepartment(m_department);
        clearFilters();
        m_department->setCurrentIndex(std::max(0, m_department->findData(department)));
    }
    applyFilter();
}

bool ColleaguesPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_search || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool plain = key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier;
    if (!plain || m_proxy->rowCount() == 0)
        return QWidget::eventFilter(watched, event);
    switch (key->key()) {
    case Qt::Key_Down:
    case Qt::Key_PageDown: {
        // From the search field straight into the results, on the first one.
        if (!m_list->currentIndex().isValid())
            m_list->setCurrentIndex(m_proxy->index(0, 0));
        m_list->setFocus(Qt::TabFocusReason);
        return true;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        // Type a few letters, press Enter: open the colleague under the cursor, else the first.
        const QModelIndex current = m_list->currentIndex();
        activate(current.isValid() ? current : m_proxy->index(0, 0));
        return true;
    }
    default:
        return QWidget::eventFilter(watched, event);
    }
}

void ColleaguesPage::applyFilter()
{
    core::ColleagueFilter filter;
    filter.text = m_search->text();
    filter.team = m_team->currentData().toString();
    filter.department = m_department->currentData().toString();
    filter.tag = m_tag->currentData().toString();
    filter.dueNowOnly = m_dueNow->isChecked();
    filter.includeArchived = m_showArchived->isChecked();
    m_proxy->setFilter(filter);
    fillView();
    updateState();
}

bool ColleaguesPage::refillFacets()
{
    const core::ColleagueFacets facets = core::facetsOf(m_model->allRows(), m_showArchived->isChecked());
    bool gone = refill(m_team, tr("All teams"), facets.teams);
    gone = refill(m_department, tr("All departments"), facets.departments) || gone;
    gone = refill(m_tag, tr("All tags"), facets.tags) || gone;
    return gone;
}

// The model exposes rows in batches; a narrow filter may find nothing in the first ones,
// and a view that shows no row never asks for more. Fetch until there is a screenful.
void ColleaguesPage::fillView()
{
    while (m_proxy->rowCount() < kScreenful && m_proxy->canFetchMore({}))
        m_proxy->fetchMore({});
}

void ColleaguesPage::updateState()
{
    const auto &rows = m_model->allRows();
    const bool archivedShown = m_showArchived->isChecked();
    const int total = int(std::count_if(rows.begin(), rows.end(),
                                        [archivedShown](const core::ColleagueRow &r) { return archivedShown || !r.archived; }));
    const int matching = m_proxy->matchingCount();
    const bool narrowed = m_proxy->filter().narrows();

    if (!m_model->lastError().isEmpty())
        m_count->setText(tr("The list could not be updated: %1").arg(m_model->lastError()));
    else if (narrowed)
        m_count->setText(tr("%1 of %n colleague(s)", nullptr, total).arg(matching));
    else
        m_count->setText(tr("%n colleague(s)", nullptr, matching));

    if (matching > 0) {
        m_stack->setCurrentWidget(m_list);
        return;
    }
    if (rows.empty()) {
        m_empty->setText(tr("No colleagues yet. Add the first with Colleague \u25B8 New (Ctrl+N)."));
        m_clear->hide();
    } else if (!narrowed) {
        m_empty->setText(tr("Everyone here is archived. Turn on \u201CShow archived\u201D to see them."));
        m_clear->hide();
    } else {
        m_empty->setText(tr("No colleague matches; clear the search."));
        m_clear->show();
    }
    m_stack->setCurrentIndex(1);
}

void ColleaguesPage::activate(const QModelIndex &index)
{
    if (index.isValid())
        Q_EMIT colleagueActivated(index.data(ColleagueListModel::IdRole).toLongLong());
}

} // namespace rapport::ui
