#include "IoTestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

#include <gtest/gtest.h>

namespace rapport::test {

QString fixture(const QString &relative)
{
    return QDir(QStringLiteral(RAPPORT_IO_FIXTURES)).filePath(relative);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Failed("cannot read " + path.toStdString());
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        throw Failed("cannot write " + path.toStdString());
}

void resetPeakMemory()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    if (refs.open(QIODevice::WriteOnly))
        refs.write("5");
}

qint64 peakMemoryKiB()
{
    const QString status = QString::fromLatin1(readAll(QStringLiteral("/proc/self/status")));
    const auto match = QRegularExpression(QStringLiteral("VmHWM:\\s+(\\d+) kB")).match(status);
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

void fillSmallJournal(core::Journal &j)
{
    using core::Id;
    const Id ana = must(j.addColleague(fullColleague(QStringLiteral("Ana Silva"))), "add Ana");
    core::Colleague ben = makeColleague(QStringLiteral("Ben Okafor"), 7, "2024-02-01");
    ben.birthday = core::Birthday { 5, 14, std::nullopt };
    const Id benId = must(j.addColleague(ben), "add Ben");
    must(j.logInteraction(fullInteraction("2025-03-01", { ana, benId })), "log");
    must(j.addGratitude(makeGratitude(benId, "2025-03-02", core::GratitudeDirection::Received)), "thank");
    const Id promise = must(j.addCommitment(makeCommitment(ana, "2025-03-01", "2025-03-08")), "promise");
    must(j.renegotiateCommitment(promise, date("2025-03-12"), date("2025-03-05")), "move");
    const Id fact
        = must(j.addFact(makeFact(benId, "2025-03-03", QStringLiteral("Back from Lisbon on the 12th"))), "fact");
    must(j.addFollowUp(makeFollowUp(benId, "2025-03-14", QStringLiteral("Ask how Lisbon was"), fact)), "follow-up");
    must(j.addReflection(makeReflection(
             "2025-03-04", QStringLiteral("Listen more than I talk"), QStringLiteral("What went well?"))),
        "reflect");
    must(j.setAboutMe(
             { QStringLiteral("Direct, warm"), QStringLiteral("Follow-through"), QStringLiteral("Patience"), 9 }),
        "about me");
}

QByteArray runPython(const QString &script, const QStringList &args)
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), QStringList { QStringLiteral("-c"), script } + args);
    if (!python.waitForFinished(60'000) || python.exitStatus() != QProcess::NormalExit || python.exitCode() != 0) {
        ADD_FAILURE() << "python failed: " << python.readAllStandardError().toStdString();
        return {};
    }
    return python.readAllStandardOutput();
}

} // namespace rapport::test
