#include "ReminderBanner.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport::ui {
namespace {

// `a` with `amount` of `b` mixed in.
QColor mix(const QColor &a, const QColor &b, qreal amount)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * amount),
        float(a.greenF() + (b.greenF() - a.greenF()) * amount), float(a.blueF() + (b.blueF() - a.blueF()) * amount));
}

} // namespace

ReminderBanner::ReminderBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("reminderBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Reminder"));

    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_body = new QLabel(this);
    m_body->setTextFormat(Qt::PlainText);
    m_body->setWordWrap(true);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_openToday = new QPushButton(tr("Open Today"), this);
    m_openToday->setAccessibleName(tr("Open the Today page"));
    m_dismiss = new QPushButton(tr("Dismiss"), this);
    m_dismiss->setAccessibleName(tr("Dismiss this reminder"));

    auto *texts = new QVBoxLayout;
    texts->addWidget(m_summary);
    texts->addWidget(m_body);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_openToday);
    buttons->addWidget(m_dismiss);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(texts, 1);
    layout->addLayout(buttons);

    connect(m_openToday, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT openTodayRequested();
    });
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT dismissed();
    });

    applyPalette();
    hide();
}

void ReminderBanner::showReminder(const QString &summary, const QString &body)
{
    m_summary->setText(summary);
    m_body->setText(body);
    m_body->setVisible(!body.isEmpty());
    setAccessibleDescription(body.isEmpty() ? summary : summary + QLatin1Char('\n') + body);
    show();
}

QString ReminderBanner::summary() const
{
    return m_summary->text();
}

QString ReminderBanner::body() const
{
    return m_body->text();
}

void ReminderBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    // Our own setPalette() sends a PaletteChange too: only follow the others (a new
    // parent, the application switching between light and dark).
    const bool paletteChanged = event->type() == QEvent::PaletteChange
        || event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::ParentChange;
    if (paletteChanged && !m_applyingPalette)
        applyPalette();
}

void ReminderBanner::applyPalette()
{
    // A tint of the highlight colour over the window colour: noticeable in both light
    // and dark palettes, while the text keeps the palette's own, readable, colour.
    m_applyingPalette = true;
    const QPalette inherited = parentWidget() ? parentWidget()->palette() : QApplication::palette(this);
    QPalette own; // only the window colour is ours; every other role follows the parent
    own.setColor(QPalette::Window, mix(inherited.color(QPalette::Window), inherited.color(QPalette::Highlight), 0.18));
    setPalette(own);
    m_applyingPalette = false;
}

} // namespace rapport::ui
