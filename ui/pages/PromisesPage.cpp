#include "PromisesPage.h"

#include "dialogs/MoveDueDialog.h"
#include "models/PromiseModel.h"
#include "pages/PromiseEntry.h"
#include "services/Journal.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace rapport::ui {

using core::CommitmentStatus;
using core::PromiseState;

PromisesPage::PromisesPage(core::Journal &journal, QWidget *parent)
    : QWidget(parent)
    , m_journal(journal)
    , m_overview(journal)
    , m_model(new PromiseModel(journal, this))
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("reliabilitySummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setAccessibleName(tr("Promise reliability"));
    m_summary->setToolTip(tr("My promises closed in the period: done on or before the due date, out of all done "
                             "or dropped. Open promises and theirs do not count."));
    QFont bigger = m_summary->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.15);
    m_summary->setFont(bigger);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("promisesView"));
    m_view->setAccessibleName(tr("Promises"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(PromiseModel::WhatColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(PromiseModel::StateColumn, QHeaderView::ResizeToContents);
    // The journal's order (open by due date, then closed) until a header is clicked; a
    // third click returns to it.
    m_view->horizontalHeader()->setSortIndicatorClearable(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->installEventFilter(this);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("promisesEmptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    m_entry = new PromiseEntry(journal, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(buildFilterBar());
    layout->addWidget(m_entry);
    layout->addWidget(m_stack, 1);
    layout->addWidget(buildActions());

    connect(m_entry, &PromiseEntry::statusMessage, this, &PromisesPage::statusMessage);
    connect(m_entry, &PromiseEntry::recorded, this, &PromisesPage::select);
    connect(m_model, &PromiseModel::loadFailed, this, &PromisesPage::statusMessage);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_keep = selectedId(); });
    connect(m_model, &PromiseModel::loaded, this, [this] {
        select(m_keep);
        updateState();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PromisesPage::updateActions);
    connect(&m_journal, &core::Journal::changed, this, &PromisesPage::updateReliability);

    applyFilter();
    updateReliability();
}

PromisesPage::~PromisesPage() = default;

QWidget *PromisesPage::buildFilterBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);

    m_state = new QComboBox(bar);
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_state->setAccessibleName(tr("State"));
    m_state->addItem(tr("Open"), static_cast<int>(PromiseState::Open));
    m_state->addItem(tr("Due soon"), static_cast<int>(PromiseState::DueSoon));
    m_state->addItem(tr("Overdue"), static_cast<int>(PromiseState::Overdue));
    m_state->addItem(tr("Done"), static_cast<int>(PromiseState::Done));
    m_state->addItem(tr("Dropped"), static_cast<int>(PromiseState::Dropped));
    m_state->addItem(tr("All"), static_cast<int>(PromiseState::All));
    m_state->setItemData(1, tr("Open and due within 7 days"), Qt::ToolTipRole);

    m_direction = new QComboBox(bar);
    m_direction->setObjectName(QStringLiteral("directionFilter"));
    m_direction->setAccessibleName(tr("Whose promises"));
    m_direction->addItem(tr("Mine and theirs"), -1);
    m_direction->addItem(tr("Mine"), static_cast<int>(core::CommitmentDirection::Mine));
    m_direction->addItem(tr("Theirs"), static_cast<int>(core::CommitmentDirection::Theirs));

    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("promiseSearch"));
    m_search->setPlaceholderText(tr("Search promises"));
    m_search->setAccessibleName(tr("Search promises"));
    m_search->setClearButtonEnabled(true);

    connect(m_state, &QComboBox::currentIndexChanged, this, &PromisesPage::applyFilter);
    connect(m_direction, &QComboBox::currentIndexChanged, this, &PromisesPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &PromisesPage::applyFilter);

    row->addWidget(m_state);
    row->addWidget(m_direction);
    row->addWidget(m_search, 1);
    return bar;
}

QWidget *PromisesPage::buildActions()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    const auto button = [bar, row](const QString &text, const QString &name, const QString &tip) {
        auto *b = new QPushButton(text, bar);
        b->setObjectName(name);
        b->setAccessibleName(QString(text).remove(QLatin1Char('&')));
        b->setToolTip(tip);
        row->addWidget(b);
        return b;
    };
    m_done = button(tr("&Done"), QStringLiteral("markDone"), tr("Kept today (D)"));
    m_dropped = button(tr("Dro&pped"), QStringLiteral("markDropped"), tr("Will not happen; closed today"));
    m_reopen = button(tr("Re&open"), QStringLiteral("reopenPromise"), tr("Open again, clearing the closed date"));
    m_move = button(tr("&Move due date…"), QStringLiteral("moveDueDate"), tr("Agree on a new date, recording the old one"));
    m_delete = button(tr("Delete"), QStringLiteral("deletePromise"), tr("Delete the promise (Delete)"));
    row->addStretch(1);
    connect(m_done, &QPushButton::clicked, this, &PromisesPage::markDone);
    connect(m_dropped, &QPushButton::clicked, this, &PromisesPage::markDropped);
    connect(m_reopen, &QPushButton::clicked, this, &PromisesPage::reopen);
    connect(m_move, &QPushButton::clicked, this, &PromisesPage::moveDueDate);
    connect(m_delete, &QPushButton::clicked, this, &PromisesPage::deleteSelected);
    return bar;
}

core::CommitmentFilter PromisesPage::filter() const
{
    core::CommitmentFilter f;
    f.state = static_cast<PromiseState>(m_state->currentData().toInt());
    if (const int d = m_direction->currentData().toInt(); d >= 0)
        f.direction = static_cast<core::CommitmentDirection>(d);
    f.text = m_search->text().trimmed();
    return f;
}

core::Id PromisesPage::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->idAt(rows.first().row());
}

void PromisesPage::select(core::Id id)
{
    const int row = id ? m_model->rowOf(id) : -1;
    if (row < 0) {
        m_view->clearSelection();
    } else {
        m_view->selectRow(row);
        m_view->scrollTo(m_model->index(row, 0));
    }
    updateActions();
}

QString PromisesPage::reliabilityText(const core::PromiseReliability &reliability)
{
    const QLocale locale;
    const core::ReliabilityWindow &month = reliability.thisMonth;
    const QString monthPart = month.closed > 0
        ? tr("%1 of %2 this month").arg(locale.toString(month.keptOnTime), locale.toString(month.closed))
        : tr("none yet this month");
    const auto year = reliability.twelveMonths.ratio();
    const QString yearPart = year ? tr("%1 % over 12 months").arg(locale.toString(static_cast<qlonglong>(std::lround(*year * 100))))
                                  : tr("none yet over 12 months");
    return tr("Kept on time: %1 · %2").arg(monthPart, yearPart);
}

void PromisesPage::updateReliability()
{
    const auto r = m_overview.reliability();
    m_summary->setText(r ? reliabilityText(*r) : r.error().message);
}

bool PromisesPage::closeSelected(CommitmentStatus status)
{
    const core::Id id = selectedId();
    if (!id)
        return false;
    m_keep = id;
    const QDate today = m_journal.clock().today();
    switch (status) {
    case CommitmentStatus::Done:
        return report(m_journal.closeCommitment(id, status, today), tr("Marked done. Ctrl+Z undoes it."));
    case CommitmentStatus::Dropped:
        return report(m_journal.closeCommitment(id, status, today), tr("Marked dropped. Ctrl+Z undoes it."));
    case CommitmentStatus::Open:
        return report(m_journal.closeCommitment(id, status, today), tr("Reopened. Ctrl+Z undoes it."));
    }
    return false;
}

bool PromisesPage::moveSelected(const QDate &newDue)
{
    const core::Id id = selectedId();
    if (!id)
        return false;
    return report(m_journal.renegotiateCommitment(id, newDue, m_journal.clock().today()),
                  tr("Due date moved to %1. Ctrl+Z undoes it.").arg(QLocale().toString(newDue, QLocale::ShortFormat)));
}

bool PromisesPage::report(const core::Status &status, const QString &done)
{
    Q_EMIT statusMessage(status ? done : status.error().message);
    return status.ok();
}

void PromisesPage::markDone()
{
    closeSelected(CommitmentStatus::Done);
}

void PromisesPage::markDropped()
{
    closeSelected(CommitmentStatus::Dropped);
}

void PromisesPage::reopen()
{
    closeSelected(CommitmentStatus::Open);
}

void PromisesPage::moveDueDate()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const core::CommitmentListRow *row = rows.isEmpty() ? nullptr : m_model->rowAt(rows.first().row());
    if (!row || row->status != CommitmentStatus::Open)
        return;
    MoveDueDialog dialog(row->what, row->dueOn, row->madeOn, m_journal.clock().today(), this);
    if (dialog.exec() == QDialog::Accepted)
        moveSelected(dialog.newDue());
}

void PromisesPage::deleteSelected()
{
    if (const core::Id id = selectedId())
        report(m_journal.deleteCommitment(id), tr("Promise deleted. Ctrl+Z brings it back."));
}

void PromisesPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void PromisesPage::promiseTo(core::Id colleagueId)
{
    m_entry->setColleague(colleagueId);
}

bool PromisesPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier) {
            deleteSelected();
            return true;
        }
        if (key->key() == Qt::Key_D && key->modifiers() == Qt::NoModifier) {
            markDone();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PromisesPage::applyFilter()
{
    m_model->setFilter(filter());
}

void PromisesPage::updateState()
{
    const bool empty = m_model->rowCount() == 0;
    const core::CommitmentFilter f = filter();
    const bool unfiltered = f.text.isEmpty() && !f.direction && (f.state == PromiseState::Open || f.state == PromiseState::All);
    m_empty->setText(unfiltered ? tr("No open promises. Record one above: what you promised a colleague, or what they "
                                     "promised you, and by when.")
                                : tr("No promise matches these filters."));
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_view);
    updateActions();
}

void PromisesPage::updateActions()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const core::CommitmentListRow *row = rows.isEmpty() ? nullptr : m_model->rowAt(rows.first().row());
    const bool open = row && row->status == CommitmentStatus::Open;
    m_done->setEnabled(open);
    m_dropped->setEnabled(open);
    m_move->setEnabled(open);
    m_reopen->setEnabled(row && !open);
    m_delete->setEnabled(row != nullptr);
}

} // namespace rapport::ui
