#include "SingleInstance.h"

#include <QLocalServer>
#include <QLocalSocket>

#include <unistd.h>

namespace rapport::ui {
namespace {

// "show\n" or "open <path>\n", UTF-8.
constexpr char kShow[] = "show";
constexpr char kOpen[] = "open ";

} // namespace

SingleInstance::SingleInstance(const QString &key, QObject *parent)
    : QObject(parent)
    , m_name(QStringLiteral("%1-%2").arg(key).arg(::getuid()))
{
}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::sendToRunning(const QString &journalPath, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    const QByteArray message = journalPath.isEmpty() ? QByteArray(kShow) : QByteArray(kOpen) + journalPath.toUtf8();
    socket.write(message + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The running instance answers "ok" once it has the message.
    return socket.waitForReadyRead(timeoutMs) && socket.readAll().startsWith("ok");
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        // A socket left by a crashed instance: nobody answered above, so it is stale.
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name))
            return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::readMessage);
    return true;
}

void SingleInstance::readMessage()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine())
                return;
            const QByteArray line = socket->readLine().trimmed();
            socket->write("ok\n");
            socket->flush();
            if (line.startsWith(kOpen))
                Q_EMIT activationRequested(QString::fromUtf8(line.mid(int(sizeof(kOpen)) - 1)));
            else if (line == kShow)
                Q_EMIT activationRequested(QString());
        });
    }
}

} // namespace rapport::ui
