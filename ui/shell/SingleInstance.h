#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace rapport::ui {

// One Rapport per user session: the first start listens on a local socket; a second
// start finds it, asks it to come forward (and, if given, to open a journal), and exits.
class SingleInstance final : public QObject
{
    Q_OBJECT

public:
    // `key` names the socket; the user's id is added so users never see each other.
    explicit SingleInstance(const QString &key, QObject *parent = nullptr);
    ~SingleInstance() override;

    // True when another instance answered and took the message; this one should exit.
    bool sendToRunning(const QString &journalPath, int timeoutMs = 1000);
    // Starts listening. False when the socket could not be made (Rapport still runs).
    bool listen();

Q_SIGNALS:
    // A second start asked to be shown; `journalPath` is empty unless it named one.
    void activationRequested(const QString &journalPath);

private:
    void readMessage();

    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace rapport::ui
