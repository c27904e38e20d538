// rapport-cli import --format vcard through the real binary: address books into a new or
// an existing journal, colleagues already there skipped (and listed, with the hint) or
// updated with --merge update, what was left out noted, and the exit statuses of
// DESIGN.md section 6 with a bad file changing nothing.

#include "CliRunner.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace rapport::test {
namespace {

using namespace Qt::StringLiterals;

QString vcard(const char *name)
{
    return QStringLiteral(RAPPORT_IO_FIXTURES) + u"/vcard/"_s + QLatin1String(name);
}

class CliVCardTest : public CliTest
{
protected:
    QStringList import(const QString &file, QStringList more = {}) const
    {
        return QStringList { u"import"_s, u"--format"_s, u"vcard"_s, file } + more;
    }

    // The colleagues as `export --format json` has them, by name.
    QJsonObject colleague(const QString &name) const
    {
        const QJsonObject journal
            = QJsonDocument::fromJson(ok({ u"export"_s, u"--format"_s, u"json"_s }).toUtf8()).object();
        for (const QJsonValue &c : journal.value(u"colleagues"_s).toArray()) {
            if (c.toObject().value(u"name"_s).toString() == name)
                return c.toObject();
        }
        ADD_FAILURE() << "no colleague " << name.toStdString();
        return {};
    }

    QString withoutExportedAt(const QString &json) const
    {
        QStringList lines = json.split(u'\n');
        lines.removeIf([](const QString &line) { return line.startsWith(u"  \"exported_at\": "_s); });
        return lines.join(u'\n');
    }
};

TEST_F(CliVCardTest, ImportsIntoANewJournalThenSkipsWhoIsAlreadyThereAndSaysSo)
{
    const QString apple = vcard("apple.vcf");
    EXPECT_EQ(ok(import(apple)), u"imported %1: 2 new colleagues, 0 updated, 0 skipped\n"_s.arg(apple));
    const QJsonObject ana = colleague(u"Ana Maria Silva"_s);
    EXPECT_EQ(ana.value(u"email"_s).toString(), u"ana.silva@acme.example"_s);
    EXPECT_EQ(ana.value(u"birthday"_s).toString(), u"--03-15"_s);
    EXPECT_TRUE(ana.value(u"photo_png_base64"_s).toString().startsWith(u"iVBORw0KGgo"_s)); // a PNG

    const QString before = withoutExportedAt(ok({ u"export"_s, u"--format"_s, u"json"_s }));
    EXPECT_EQ(ok(import(apple)),
        u"imported %1: 0 new colleagues, 0 updated, 2 skipped\n"
        "already there: Ana Maria Silva (#1, same email)\n"
        "already there: Ben Okafor (#2, same email)\n"
        "colleagues already there were skipped; use --merge update to update them from the file\n"_s.arg(apple));
    EXPECT_EQ(ok(import(apple, { u"--merge"_s, u"skip"_s })),
        u"imported %1: 0 new colleagues, 0 updated, 2 skipped\n"
        "already there: Ana Maria Silva (#1, same email)\n"
        "already there: Ben Okafor (#2, same email)\n"_s.arg(apple));
    EXPECT_EQ(withoutExportedAt(ok({ u"export"_s, u"--format"_s, u"json"_s })), before);
}

TEST_F(CliVCardTest, MergeUpdateFillsInFromTheCardAndKeepsWhatOnlyRapportHas)
{
    ok({ u"init"_s });
    ok({ u"add-colleague"_s, u"ben okafor"_s, u"--team"_s, u"Payments"_s, u"--cadence"_s, u"14"_s });
    const QString apple = vcard("apple.vcf");
    EXPECT_EQ(ok(import(apple, { u"--merge"_s, u"update"_s })),
        u"imported %1: 1 new colleagues, 1 updated, 0 skipped\n"
        "updated ben okafor (#1, same name): Name: ben okafor → Ben Okafor; Role: (none) → Product Manager; "
        "Department: (none) → Product; Email: (none) → ben.okafor@acme.example; Phone: (none) → +44 20 7946 0000; "
        "Birthday: (none) → 1988-11-02\n"_s.arg(apple));
    const QJsonObject ben = colleague(u"Ben Okafor"_s);
    EXPECT_EQ(ben.value(u"id"_s).toInt(), 1);
    EXPECT_EQ(ben.value(u"role"_s).toString(), u"Product Manager"_s);
    EXPECT_EQ(ben.value(u"team"_s).toString(), u"Payments"_s);
    EXPECT_EQ(ben.value(u"cadence_days"_s).toInt(), 14);
    EXPECT_EQ(ok(import(apple, { u"--merge"_s, u"update"_s })),
        u"imported %1: 0 new colleagues, 0 updated, 2 skipped\n"
        "already there, nothing to update: Ana Maria Silva (#2, same email)\n"
        "already there, nothing to update: Ben Okafor (#1, same email)\n"_s.arg(apple));
}

TEST_F(CliVCardTest, WhatWasLeftOutIsNoted)
{
    const QString google = vcard("google.vcf");
    EXPECT_EQ(ok(import(google)),
        u"imported %1: 3 new colleagues, 0 updated, 0 skipped\n"
        "note: line 13 (Chloé Dubois): the photo is a link "
        "(https://lh3.googleusercontent.com/contacts/AOvXb8cZkqWmR2tZ7…); photos are not downloaded, so it was "
        "left out\n"_s.arg(google));
}

TEST_F(CliVCardTest, AnOutlookCardThatIsNotUtf8IsReadAsWindows1252AndTheSummarySaysSo)
{
    const QString file = vcard("outlook-2.1-without-charset.vcf");
    EXPECT_EQ(ok(import(file)),
        u"imported %1: 2 new colleagues, 0 updated, 0 skipped\n"
        "note: line 1 (Zoë Müller): the card is not UTF-8 and was read as Windows-1252 (N, FN, ORG, NOTE)\n"_s.arg(
            file));
    EXPECT_EQ(colleague(u"Zoë Müller"_s).value(u"notes"_s).toString(),
        u"Budget: 500 € pro Quartal – am liebsten per Mail."_s);
}

TEST_F(CliVCardTest, ABadFileExitsOneAndChangesNothing)
{
    ok({ u"demo"_s, u"--seed"_s, u"3"_s, u"--date"_s, kDemoDate });
    const QString before = withoutExportedAt(ok({ u"export"_s, u"--format"_s, u"json"_s }));
    const QString bad = vcard("malformed/second-card-bad-email.vcf");
    CliRun r = runDb(import(bad));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err,
        u"rapport-cli: %1: line 9, field \"email\" (property EMAIL): \"ben(at)example.com\" is not an email "
        "address.\n"_s.arg(bad));
    EXPECT_EQ(r.out, QString());
    EXPECT_EQ(withoutExportedAt(ok({ u"export"_s, u"--format"_s, u"json"_s })), before);

    // A journal the import would have created is not left behind.
    const QString fresh = path(u"fresh.rapport"_s);
    r = run(import(bad) << u"--db"_s << fresh);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_FALSE(QFileInfo::exists(fresh));

    r = runDb(import(u"missing.vcf"_s));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err, u"rapport-cli: missing.vcf: there is no such file\n"_s);
}

TEST_F(CliVCardTest, MalformedMergeOptionsExitTwo)
{
    const auto usage = [](const QString &message) {
        return u"rapport-cli: %1\nTry \"rapport-cli import --help\".\n"_s.arg(message);
    };
    CliRun r = runDb(import(vcard("apple.vcf"), { u"--merge"_s, u"maybe"_s }));
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.err, usage(u"--merge: \"maybe\" is not one of: skip, update"_s));
    r = runDb({ u"import"_s, u"--format"_s, u"csv"_s, vcard("apple.vcf"), u"--merge"_s, u"update"_s });
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.err, usage(u"--merge goes with --format vcard"_s));
    EXPECT_FALSE(QFileInfo::exists(db()));
    EXPECT_TRUE(run({ u"import"_s, u"--help"_s }).out.contains(u"--merge <skip|update>"_s));
}

} // namespace
} // namespace rapport::test
