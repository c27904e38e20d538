#include "JournalPage.h"

#include "models/JournalModel.h"
#include "services/Journal.h"
#include "widgets/ColleagueCombo.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QSignalBlocker>
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

// A date edit at its minimum shows "any": no bound on that side.
const QDate kAnyDate(1900, 1, 1);
constexpr int kSearchDelayMs = 250;

} // namespace

JournalPage::JournalPage(core::Journal &journal, QWidget *parent)
    : QWidget(parent)
    , m_journal(journal)
    , m_query(journal)
    , m_model(new JournalModel(journal, this))
{
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("journalView"));
    m_view->setAccessibleName(tr("Interactions"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    // Newest or oldest first: the Date header is the one that sorts, since only the date
    // order has an index under a million rows; a click elsewhere keeps the date order.
    m_view->horizontalHeader()->setSortIndicator(JournalModel::DateColumn, Qt::DescendingOrder);
    m_view->setSortingEnabled(true);
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int section, Qt::SortOrder) {
        if (section == JournalModel::DateColumn)
            return;
        const Qt::SortOrder order = m_model->filter().oldestFirst ? Qt::AscendingOrder : Qt::DescendingOrder;
        const QSignalBlocker blocker(m_view->horizontalHeader());
        m_view->horizontalHeader()->setSortIndicator(JournalModel::DateColumn, order);
    });
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    // Fixed row heights: nothing is measured per row, however many rows load.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    auto *header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    // Columns as wide as their longest possible text in this locale and language, measured
    // once rather than per row, so nothing is cut short whatever loads later.
    const QFontMetrics metrics = m_view->fontMetrics();
    const int padding = 2 * metrics.horizontalAdvance(QLatin1Char('M'));
    const auto widest = [&metrics, padding](const QStringList &texts) {
        int width = 0;
        for (const QString &text : texts)
            width = qMax(width, metrics.horizontalAdvance(text));
        return width + padding;
    };
    const QLocale locale;
    const QDate longDate(2026, 9, 30);
    QStringList kinds, channels;
    for (int k = 0; k < core::kInteractionKindCount; ++k)
        kinds << core::label(core::InteractionKind(k));
    for (int c = 0; c < core::enumCount<core::Channel>(); ++c)
        channels << core::label(core::Channel(c));
    header->resizeSection(JournalModel::DateColumn,
                          widest({locale.toString(longDate, QLocale::ShortFormat) + QLatin1Char(' ')
                                  + locale.toString(QTime(23, 59), QLocale::ShortFormat)}));
    header->resizeSection(JournalModel::WithColumn, 16 * metrics.horizontalAdvance(QLatin1Char('M')));
    header->resizeSection(JournalModel::KindColumn, widest(kinds));
    header->resizeSection(JournalModel::ChannelColumn, widest(channels));
    header->resizeSection(JournalModel::QualityColumn, widest({QStringLiteral("★★★★★")}));
    m_view->installEventFilter(this);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("journalEmptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("journalCount"));
    m_count->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildFilterBar());
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_count);

    connect(m_model, &JournalModel::loaded, this, &JournalPage::updateState);
    connect(m_model, &JournalModel::loadFailed, this, &JournalPage::statusMessage);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (const core::Id id = m_model->idAt(index.row()))
            Q_EMIT interactionActivated(id);
    });
    // Names change and colleagues come and go; the model reloads itself.
    connect(&m_journal, &core::Journal::changed, this, &JournalPage::refreshColleagues);

    refreshColleagues();
    updateState();
}

JournalPage::~JournalPage() = default;

QWidget *JournalPage::buildFilterBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);

    m_kind = new QComboBox(bar);
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_kind->setAccessibleName(tr("Kind"));
    m_kind->addItem(tr("All kinds"), -1);
    for (int k = 0; k < core::kInteractionKindCount; ++k)
        m_kind->addItem(core::label(static_cast<core::InteractionKind>(k)), k);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &JournalPage::applyFilter);

    m_colleague = makeColleagueCombo(bar, QStringLiteral("colleagueFilter"), tr("Colleague"), 16);
    connect(m_colleague, &QComboBox::currentIndexChanged, this, &JournalPage::applyFilter);
    connect(m_colleague->lineEdit(), &QLineEdit::editingFinished, this, &JournalPage::settleColleagueText);

    m_from = buildDateEdit(tr("From date"));
    m_from->setObjectName(QStringLiteral("fromFilter"));
    m_to = buildDateEdit(tr("To date"));
    m_to->setObjectName(QStringLiteral("toFilter"));

    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("journalSearch"));
    m_search->setPlaceholderText(tr("Search notes"));
    m_search->setAccessibleName(tr("Search notes"));
    m_search->setClearButtonEnabled(true);
    // Each key would otherwise start a scan of the notes; wait for a pause in typing.
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &JournalPage::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, &JournalPage::applyFilter);

    auto *clear = new QPushButton(tr("Clear filters"), bar);
    clear->setObjectName(QStringLiteral("clearFilters"));
    clear->setAccessibleName(tr("Clear filters"));
    connect(clear, &QPushButton::clicked, this, &JournalPage::clearFilters);

    auto *fromLabel = new QLabel(tr("&From"), bar);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&to"), bar);
    toLabel->setBuddy(m_to);
    row->addWidget(m_kind);
    row->addWidget(m_colleague);
    row->addWidget(fromLabel);
    row->addWidget(m_from);
    row->addWidget(toLabel);
    row->addWidget(m_to);
    row->addWidget(m_search, 1);
    row->addWidget(clear);
    return bar;
}

QDateEdit *JournalPage::buildDateEdit(const QString &accessibleName)
{
    auto *edit = new QDateEdit(this);
    edit->setAccessibleName(accessibleName);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kAnyDate);
    edit->setSpecialValueText(tr("any"));
    edit->setDate(kAnyDate);
    // The locale's order, with four-digit years: two could not tell 1925 from 2025.
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    edit->setDisplayFormat(format);
    // Opened from "any", the calendar starts at this month rather than in 1900.
    edit->calendarWidget()->installEventFilter(this);
    connect(edit, &QDateEdit::dateChanged, this, &JournalPage::applyFilter);
    return edit;
}

core::InteractionFilter JournalPage::filter() const
{
    core::InteractionFilter f;
    if (const int kind = m_kind->currentData().toInt(); kind >= 0)
        f.kind = static_cast<core::InteractionKind>(kind);
    if (const core::Id id = m_colleague->currentData().toLongLong(); id > 0)
        f.colleagueId = id;
    f.from = dateOf(m_from);
    f.to = dateOf(m_to);
    f.text = m_search->text().trimmed();
    f.oldestFirst = m_model->filter().oldestFirst;
    return f;
}

std::optional<QDate> JournalPage::dateOf(const QDateEdit *edit) const
{
    return edit->date() == edit->minimumDate() ? std::nullopt : std::optional<QDate>(edit->date());
}

void JournalPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void JournalPage::clearFilters()
{
    {
        const QSignalBlocker kind(m_kind), colleague(m_colleague), from(m_from), to(m_to), search(m_search);
        m_kind->setCurrentIndex(0);
        m_colleague->setCurrentIndex(0);
        m_from->setDate(kAnyDate);
        m_to->setDate(kAnyDate);
        m_search->clear();
    }
    m_searchDelay->stop();
    applyFilter();
}

void JournalPage::deleteSelected()
{
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return;
    const int row = selected.first().row();
    const core::Id id = m_model->idAt(row);
    if (auto done = m_journal.deleteInteraction(id); !done) {
        Q_EMIT statusMessage(done.error().message);
        return;
    }
    // The model has already dropped the row; the one below takes its place.
    if (const int rows = m_model->rowCount(); rows > 0)
        m_view->setCurrentIndex(m_model->index(std::min(row, rows - 1), 0));
    Q_EMIT statusMessage(tr("Deleted; Ctrl+Z brings it back"));
}

bool JournalPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Delete) || key->key() == Qt::Key_Delete) {
            deleteSelected();
            return true;
        }
    }
    if (event->type() == QEvent::Show) {
        for (QDateEdit *edit : {m_from, m_to}) {
            if (edit && watched == edit->calendarWidget() && !dateOf(edit)) {
                const QDate today = m_journal.clock().today();
                edit->calendarWidget()->setCurrentPage(today.year(), today.month());
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void JournalPage::refreshColleagues()
{
    const auto colleagues = m_query.colleagues();
    if (!colleagues) {
        Q_EMIT statusMessage(colleagues.error().message);
        return;
    }
    // The colleague filtered by was deleted: show everyone rather than nothing.
    if (ColleagueFilterChoices::fill(m_colleague, *colleagues))
        applyFilter();
}

// Typed text that names no colleague goes back to the current choice.
void JournalPage::settleColleagueText()
{
    const int match = m_colleague->findText(m_colleague->currentText(), Qt::MatchFixedString);
    if (match >= 0)
        m_colleague->setCurrentIndex(match);
    else
        m_colleague->setEditText(m_colleague->itemText(m_colleague->currentIndex()));
}

void JournalPage::applyFilter()
{
    m_searchDelay->stop();
    const core::InteractionFilter wanted = filter();
    if (wanted == m_model->filter())
        return;
    m_model->setFilter(wanted);
}

void JournalPage::updateState()
{
    const int loaded = m_model->rowCount();
    const auto total = m_model->matchCount();
    const QLocale locale;
    if (m_model->allLoaded())
        m_count->setText(tr("%Ln interaction(s)", nullptr, loaded));
    else if (total)
        m_count->setText(tr("Showing %1 of %2").arg(locale.toString(loaded), locale.toString(*total)));
    else
        m_count->setText(tr("Showing %1; scroll for more").arg(locale.toString(loaded)));

    const bool empty = loaded == 0 && m_model->allLoaded();
    m_empty->setText(m_model->filter().isEmpty() ? tr("Nothing logged yet. Press Ctrl+L to log a conversation.")
                                                 : tr("No interaction matches these filters."));
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_view);
}

} // namespace rapport::ui
