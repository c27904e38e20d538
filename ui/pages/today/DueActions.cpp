#include "DueActions.h"

#include "services/Journal.h"

#include <QCalendarWidget>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport::ui {

DueActions::DueActions(core::Journal &journal, QWidget *parent)
    : QWidget(parent)
    , m_journal(journal)
{
    m_done = new QPushButton(tr("&Done…"), this);
    m_done->setObjectName(QStringLiteral("dueDone"));
    m_done->setToolTip(tr("Log it (Enter): Quick log opens with them filled in"));
    m_snooze = new QPushButton(tr("S&nooze"), this);
    m_snooze->setObjectName(QStringLiteral("dueSnooze"));
    auto *menu = new QMenu(m_snooze);
    menu->addAction(tr("Until tomorrow"), this, [this] { snooze(1); });
    menu->addAction(tr("For a week"), this, [this] { snooze(7); });
    menu->addAction(tr("Until a date…"), this, &DueActions::snoozeUntilChosenDate);
    m_snooze->setMenu(menu);
    m_dismiss = new QPushButton(tr("D&ismiss"), this);
    m_dismiss->setObjectName(QStringLiteral("dueDismiss"));
    m_dismiss->setToolTip(tr("Not this time: it comes back when it is next due"));

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_done);
    row->addWidget(m_snooze);
    row->addWidget(m_dismiss);
    row->addStretch();

    connect(m_done, &QPushButton::clicked, this, &DueActions::done);
    connect(m_dismiss, &QPushButton::clicked, this, &DueActions::dismiss);
    m_pickDate = [this](const QDate &suggested) { return askForDate(suggested); };
    setItem(std::nullopt);
}

DueActions::~DueActions() = default;

void DueActions::setItem(const std::optional<core::DueItem> &item)
{
    m_item = item;
    for (QPushButton *button : {m_done, m_snooze, m_dismiss})
        button->setEnabled(item.has_value());
}

void DueActions::done()
{
    if (m_item)
        Q_EMIT doneRequested(*m_item);
}

void DueActions::snooze(int days)
{
    if (!m_item)
        return;
    const QDate until = m_journal.clock().today().addDays(days);
    if (auto ok = m_journal.snoozeReminder(m_item->type, m_item->id, until); !ok) {
        Q_EMIT statusMessage(ok.error().message);
        return;
    }
    Q_EMIT statusMessage(tr("Snoozed until %1. Ctrl+Z takes it back.").arg(QLocale().toString(until, QLocale::LongFormat)));
}

void DueActions::snoozeUntilChosenDate()
{
    if (!m_item)
        return;
    const QDate today = m_journal.clock().today();
    const auto chosen = m_pickDate(today.addDays(3));
    if (!chosen)
        return;
    if (*chosen <= today) {
        Q_EMIT statusMessage(tr("Choose a day after today to snooze until."));
        return;
    }
    snooze(static_cast<int>(today.daysTo(*chosen)));
}

void DueActions::dismiss()
{
    if (!m_item)
        return;
    if (auto ok = m_journal.dismissReminder(*m_item); !ok) {
        Q_EMIT statusMessage(ok.error().message);
        return;
    }
    Q_EMIT statusMessage(tr("Dismissed until it is next due. Ctrl+Z brings it back."));
}

std::optional<QDate> DueActions::askForDate(const QDate &suggested)
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Snooze until"));
    auto *calendar = new QCalendarWidget(&dialog);
    calendar->setMinimumDate(m_journal.clock().today().addDays(1));
    calendar->setSelectedDate(suggested);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(calendar, &QCalendarWidget::activated, &dialog, &QDialog::accept);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(calendar);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return calendar->selectedDate();
}

} // namespace rapport::ui
