// The models merge fresh pages into loaded ones with compareNoCase, so it must order text
// exactly as SQLite's NOCASE collation does, byte for byte.

#include "TestSupport.h"
#include "storage/ListOrder.h"

#include <gtest/gtest.h>

#include <QRandomGenerator>
#include <QSqlQuery>

#include <algorithm>

namespace rapport::core::storage {
namespace {

TEST(ListOrderTest, CompareNoCaseAgreesWithSqlite)
{
    test::TempJournal journal;
    test::RawConnection raw(journal.path());
    raw.exec(QStringLiteral("CREATE TEMP TABLE words (w TEXT NOT NULL)"));
    QStringList words = {QStringLiteral("ana"), QStringLiteral("Ana"), QStringLiteral("ANA"), QStringLiteral("Ánia"),
                         QStringLiteral("ab"), QStringLiteral("a"), QString(), QStringLiteral("_x"),
                         QStringLiteral("[x"), QStringLiteral("Zoë"), QStringLiteral("zoe"), QStringLiteral("Ωmega"),
                         QStringLiteral("日本"), QStringLiteral("😀 smile"), QStringLiteral("\uFFFD"), QStringLiteral("Ä"),
                         QStringLiteral("ä"), QStringLiteral("10"), QStringLiteral("9")};
    QRandomGenerator random(7);
    for (int i = 0; i < 200; ++i) {
        QString w;
        for (int n = random.bounded(6); n > 0; --n) {
            const char16_t pool[] = {u'a', u'A', u'z', u'Z', u'_', u'`', u'é', u'É', u'ß', u'0', u' ', u'\uE000'};
            w += QChar(pool[random.bounded(int(std::size(pool)))]);
        }
        words.append(w);
    }
    for (const QString &w : words)
        raw.exec(QStringLiteral("INSERT INTO words VALUES ('%1')").arg(QString(w).replace(QLatin1Char('\''), QStringLiteral("''"))));

    QSqlQuery q(raw.db());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT w FROM words ORDER BY w COLLATE NOCASE, w")));
    QStringList bySqlite;
    while (q.next())
        bySqlite.append(q.value(0).toString());

    std::sort(words.begin(), words.end(), [](const QString &a, const QString &b) {
        const int c = compareNoCase(a, b);
        return c != 0 ? c < 0 : a.toUtf8() < b.toUtf8();
    });
    EXPECT_EQ(words, bySqlite);
}

TEST(ListOrderTest, KeysComeInTheOrderTheSqlReads)
{
    const ListKey older{QStringLiteral("b"), 10, 1};
    const ListKey newer{QStringLiteral("B"), 12, 2};
    const ListKey first{QStringLiteral("a"), 20, 3};
    EXPECT_TRUE(comesBefore(newer, older, {}));
    EXPECT_FALSE(comesBefore(older, newer, {}));
    EXPECT_TRUE(comesBefore(older, newer, {false, true}));
    EXPECT_TRUE(comesBefore(first, older, {true, true})) << "text leads";
    EXPECT_TRUE(comesBefore(older, newer, {true, true})) << "equal under NOCASE: day and id decide";
    EXPECT_TRUE(comesBefore(newer, older, {true, false}));
    EXPECT_FALSE(comesBefore(older, older, {true, true}));

    EXPECT_EQ(orderBy({}, QString(), QStringLiteral("d"), QStringLiteral("i")), QStringLiteral("ORDER BY d DESC, i DESC"));
    EXPECT_EQ(orderBy({true, true}, QStringLiteral("t"), QStringLiteral("d"), QStringLiteral("i")),
              QStringLiteral("ORDER BY t COLLATE NOCASE ASC, d ASC, i ASC"));
    EXPECT_EQ(continuesAfter({true, false}, QStringLiteral("t"), QStringLiteral("d"), QStringLiteral("i"), 4),
              QStringLiteral("(t COLLATE NOCASE, d, i) < (?4, ?5, ?6)"));
}

} // namespace
} // namespace rapport::core::storage
