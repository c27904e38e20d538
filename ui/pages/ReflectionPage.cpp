#include "ReflectionPage.h"

#include "models/ReflectionModel.h"
#include "reflection/AboutMeCard.h"
#include "reflection/ReflectionEditor.h"
#include "services/Journal.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace rapport::ui {
namespace {

constexpr int kSearchDelayMs = 250;

} // namespace

ReflectionPage::ReflectionPage(core::Journal &journal, QWidget *parent)
    : QWidget(parent)
    , m_journal(journal)
    , m_model(new ReflectionModel(journal, this))
{
    auto *title = new QLabel(tr("Reflection"), this);
    QFont heading = title->font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.2);
    title->setFont(heading);

    m_editor = new ReflectionEditor(journal, this);
    m_editor->setObjectName(QStringLiteral("reflectionEditor"));
    connect(m_editor, &ReflectionEditor::statusMessage, this, &ReflectionPage::statusMessage);

    m_aboutMe = new AboutMeCard(journal, this);
    connect(m_aboutMe, &AboutMeCard::statusMessage, this, &ReflectionPage::statusMessage);
    auto *aboutScroll = new QScrollArea(this);
    aboutScroll->setWidgetResizable(true);
    aboutScroll->setFrameShape(QFrame::NoFrame);
    aboutScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    aboutScroll->setWidget(m_aboutMe);
    aboutScroll->setMinimumWidth(m_aboutMe->fontMetrics().averageCharWidth() * 44);

    auto *writing = new QWidget(this);
    auto *column = new QVBoxLayout(writing);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(title);
    column->addWidget(m_editor, 2);
    column->addWidget(buildList(), 3);

    // Side by side; a narrow window can drag the card out of the way.
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    split->addWidget(writing);
    split->addWidget(aboutScroll);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_model, &ReflectionModel::loaded, this, &ReflectionPage::updateState);
    connect(m_model, &ReflectionModel::loadFailed, this, &ReflectionPage::statusMessage);
    updateState();
}

ReflectionPage::~ReflectionPage() = default;

QWidget *ReflectionPage::buildList()
{
    auto *list = new QWidget(this);
    m_search = new QLineEdit(list);
    m_search->setObjectName(QStringLiteral("reflectionSearch"));
    m_search->setPlaceholderText(tr("Search reflections"));
    m_search->setAccessibleName(tr("Search reflections"));
    m_search->setClearButtonEnabled(true);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    const auto apply = [this] { m_model->setSearch(m_search->text()); };
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, apply);
    connect(m_search, &QLineEdit::returnPressed, this, apply);

    m_view = new QTableView(list);
    m_view->setObjectName(QStringLiteral("reflectionView"));
    m_view->setAccessibleName(tr("Reflections"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    const int em = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_view->horizontalHeader()->resizeSection(ReflectionModel::DateColumn, 10 * em);
    m_view->horizontalHeader()->resizeSection(ReflectionModel::PromptColumn, 22 * em);
    m_view->horizontalHeader()->setSortIndicatorClearable(true);
    m_view->horizontalHeader()->setSortIndicator(ReflectionModel::DateColumn, Qt::DescendingOrder);
    m_view->setSortingEnabled(true);
    m_view->installEventFilter(this);
    connect(m_view, &QTableView::activated, this, &ReflectionPage::openSelected);
    connect(m_view, &QTableView::clicked, this, &ReflectionPage::openSelected);

    m_empty = new QLabel(list);
    m_empty->setObjectName(QStringLiteral("reflectionEmptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);

    m_stack = new QStackedWidget(list);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(list);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_stack, 1);
    return list;
}

void ReflectionPage::openSelected()
{
    const core::Reflection *row = m_model->rowAt(m_view->currentIndex().row());
    if (row)
        m_editor->edit(*row);
}

void ReflectionPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ReflectionPage::newEntry()
{
    m_view->clearSelection();
    m_editor->startNew();
}

void ReflectionPage::deleteSelected()
{
    const core::Id id = m_model->idAt(m_view->currentIndex().row());
    if (id <= 0)
        return;
    if (auto done = m_journal.deleteReflection(id); !done) {
        Q_EMIT statusMessage(done.error().message);
        return;
    }
    if (m_editor->editingId() == id)
        m_editor->startNew();
    Q_EMIT statusMessage(tr("Reflection deleted; Ctrl+Z brings it back"));
}

bool ReflectionPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete) {
            deleteSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ReflectionPage::updateState()
{
    if (m_model->rowCount() > 0) {
        m_stack->setCurrentWidget(m_view);
        return;
    }
    m_empty->setText(m_model->search().isEmpty()
                         ? tr("No reflections yet. Pick a prompt above, or write freely, and press Ctrl+Enter. A few "
                              "honest lines a week are enough.")
                         : tr("No reflection mentions \"%1\".").arg(m_model->search()));
    m_stack->setCurrentWidget(m_empty);
}

} // namespace rapport::ui
