#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace rapport::ui {

// A reminder shown at the top of the window when the desktop has neither a tray nor a
// notification service: what is due, "Open Today" and "Dismiss". Hidden until it has
// something to say; its colours follow the palette, light or dark.
class ReminderBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReminderBanner)

public:
    explicit ReminderBanner(QWidget *parent = nullptr);

    // Shows the banner with this text (plain text, never markup).
    void showReminder(const QString &summary, const QString &body);

    QString summary() const;
    QString body() const;
    QPushButton *openTodayButton() const { return m_openToday; }
    QPushButton *dismissButton() const { return m_dismiss; }

Q_SIGNALS:
    void openTodayRequested();
    void dismissed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    QLabel *m_summary = nullptr;
    QLabel *m_body = nullptr;
    QPushButton *m_openToday = nullptr;
    QPushButton *m_dismiss = nullptr;
    bool m_applyingPalette = false;
};

} // namespace rapport::ui
