// The JSON pull parser and writer under the import and export: tokens and their
// positions, escapes and UTF-8, the limits that refuse hostile input, seeking back to a
// value, and a writer whose output Qt's own parser reads back.

#include "io/JsonReader.h"

#include "IoTestSupport.h"
#include "io/JsonWriter.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace rapport::core::io {
namespace {

using Token = JsonReader::Token;
using Problem = JsonReader::Problem;

struct Parsed
{
    QList<Token> tokens;
    QStringList texts;
    Problem problem = Problem::None;
    QString message;
    qint64 line = 0, column = 0;
};

Parsed parse(const QByteArray &json, JsonReader::Limits limits = {})
{
    QBuffer buffer;
    buffer.setData(json);
    buffer.open(QIODevice::ReadOnly);
    JsonReader reader(buffer, limits);
    Parsed out;
    for (Token t = reader.next(); t != Token::End && t != Token::Invalid; t = reader.next()) {
        out.tokens << t;
        out.texts << reader.string();
    }
    out.problem = reader.problem();
    out.message = reader.problemText();
    out.line = reader.problemPosition().line;
    out.column = reader.problemPosition().column;
    return out;
}

TEST(JsonReaderTest, ReadsEveryKindOfToken)
{
    const Parsed p = parse(R"({"a": [1, -2.5e3, "x\n\"y\"", true, false, null], "b": {}})");
    ASSERT_EQ(p.problem, Problem::None) << p.message.toStdString();
    const QList<Token> expected = { Token::BeginObject, Token::Name, Token::BeginArray, Token::Number, Token::Number,
        Token::String, Token::True, Token::False, Token::Null, Token::EndArray, Token::Name, Token::BeginObject,
        Token::EndObject, Token::EndObject };
    EXPECT_EQ(p.tokens, expected);
    EXPECT_EQ(p.texts[1], QStringLiteral("a"));
    EXPECT_EQ(p.texts[3], QStringLiteral("1"));
    EXPECT_EQ(p.texts[4], QStringLiteral("-2.5e3"));
    EXPECT_EQ(p.texts[5], QStringLiteral("x\n\"y\""));
}

TEST(JsonReaderTest, DecodesEscapesAndSurrogatePairs)
{
    const Parsed p = parse(R"(["\u00e9\u20ac\ud83d\ude00\/\\\t", "Zoë ✓"])");
    ASSERT_EQ(p.problem, Problem::None) << p.message.toStdString();
    EXPECT_EQ(p.texts[1], QString::fromUtf8("é€😀/\\\t"));
    EXPECT_EQ(p.texts[2], QString::fromUtf8("Zoë ✓"));
}

TEST(JsonReaderTest, ProblemsComeWithLineAndColumnInCharacters)
{
    // Column counts characters, not bytes: "é" and "✓" are one each.
    const Parsed p = parse("{\n  \"é✓\": [1,\n   2 3]}");
    EXPECT_EQ(p.problem, Problem::Syntax);
    EXPECT_EQ(p.message, QStringLiteral("expected \",\" or \"]\" but found \"3\""));
    EXPECT_EQ(p.line, 3);
    EXPECT_EQ(p.column, 6);
}

TEST(JsonReaderTest, RefusesWhatIsNotStrictJson)
{
    const std::pair<const char *, const char *> cases[] = {
        { "{'a': 1}", "expected a field name in double quotes but found \"'\"" },
        { "[1,]", "expected a value but found \"]\"" },
        { "[01]", "unexpected \"1\" in a number" },
        { "[1.]", "expected a digit after the decimal point but found \"]\"" },
        { "[tru]", "expected true but found \"]\"" },
        { "[1] [2]", "unexpected \"[\" after the end of the document" },
        { "[\"a]", "the file ends inside a text; a closing \" is missing" },
        { "{\"a\": 1]", "found \"]\" where \"}\" closes the object" },
        { "[NaN]", "expected a value but found \"N\"" },
        { "", "the file ends where a value was expected" },
    };
    for (const auto &[json, message] : cases) {
        const Parsed p = parse(json);
        EXPECT_EQ(p.problem, Problem::Syntax) << json;
        EXPECT_EQ(p.message, QString::fromUtf8(message)) << json;
    }
}

TEST(JsonReaderTest, RefusesHostileBytes)
{
    EXPECT_EQ(parse(QByteArray("[\"a\0b\"]", 7)).problem, Problem::NulByte);
    EXPECT_EQ(parse(QByteArray("[1,\0]", 5)).problem, Problem::NulByte);
    EXPECT_EQ(parse(R"(["a\u0000b"])").problem, Problem::NulByte);
    EXPECT_EQ(parse("[\"\xff\"]").problem, Problem::InvalidUtf8);
    EXPECT_EQ(parse("[\"\xc0\xaf\"]").problem, Problem::InvalidUtf8); // overlong "/"
    EXPECT_EQ(parse("[\"\xed\xa0\x80\"]").problem, Problem::InvalidUtf8); // a surrogate in UTF-8
    EXPECT_EQ(parse("[\"\xe2\x82\"]").problem, Problem::InvalidUtf8); // cut short
    EXPECT_EQ(parse("[\"\xf4\x90\x80\x80\"]").problem, Problem::InvalidUtf8); // past U+10FFFF
    EXPECT_EQ(parse(R"(["\ud800"])").problem, Problem::InvalidUtf8);
    EXPECT_EQ(parse(R"(["\udc00"])").problem, Problem::InvalidUtf8);
}

TEST(JsonReaderTest, LimitsDepthTextAndSize)
{
    JsonReader::Limits limits;
    limits.maxDepth = 4;
    EXPECT_EQ(parse("[[[[1]]]]", limits).problem, Problem::None);
    const Parsed deep = parse("[[[[[1]]]]]", limits);
    EXPECT_EQ(deep.problem, Problem::TooDeep);
    EXPECT_EQ(deep.column, 5);

    limits = {};
    limits.maxStringBytes = 8;
    EXPECT_EQ(parse(R"(["12345678"])", limits).problem, Problem::None);
    EXPECT_EQ(parse(R"(["123456789"])", limits).problem, Problem::TooLong);

    limits = {};
    limits.maxBytes = 100;
    EXPECT_EQ(parse("[" + QByteArray(200, ' ') + "]", limits).problem, Problem::TooLarge);
}

TEST(JsonReaderTest, MillionDeepNestingIsRefusedAtOnce)
{
    const Parsed p = parse(QByteArray(1'000'000, '['));
    EXPECT_EQ(p.problem, Problem::TooDeep);
    EXPECT_EQ(p.column, 33);
}

TEST(JsonReaderTest, SeeksBackToAValueAndSkipsValues)
{
    QBuffer buffer;
    buffer.setData("{\"skip\": {\"deep\": [1, {\"x\": [2]}]},\n \"list\": [10, 20], \"after\": 1}");
    buffer.open(QIODevice::ReadOnly);
    JsonReader reader(buffer);
    ASSERT_EQ(reader.next(), Token::BeginObject);
    ASSERT_EQ(reader.next(), Token::Name);
    ASSERT_EQ(reader.next(), Token::BeginObject);
    ASSERT_TRUE(reader.skipValue());
    ASSERT_EQ(reader.next(), Token::Name);
    EXPECT_EQ(reader.string(), QStringLiteral("list"));
    ASSERT_EQ(reader.next(), Token::BeginArray);
    const JsonReader::Position list = reader.position();
    EXPECT_EQ(list.line, 2);
    EXPECT_EQ(list.column, 10);
    ASSERT_TRUE(reader.skipValue());

    ASSERT_TRUE(reader.seek(list));
    QStringList numbers;
    EXPECT_EQ(reader.next(), Token::BeginArray);
    for (Token t = reader.next(); t == Token::Number; t = reader.next())
        numbers << reader.string();
    EXPECT_EQ(numbers, (QStringList { QStringLiteral("10"), QStringLiteral("20") }));
    EXPECT_EQ(reader.next(), Token::End); // one value after a seek, whatever follows
}

TEST(JsonWriterTest, WritesWhatQtReadsBackInTheLayoutOfTheCommandLine)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    JsonWriter w(&buffer);
    w.beginObject();
    w.key("text").string(QString::fromUtf8("tab\tquote\"back\\slash\nctl\x01 é"));
    w.key("list").beginArray();
    w.beginObject();
    w.key("n").integer(-12);
    w.key("tags").beginArray();
    w.string(QStringLiteral("a"));
    w.string(QStringLiteral("b"));
    w.endArray();
    w.key("none").stringOrNull(QString());
    w.endObject();
    w.endArray();
    w.key("empty").beginArray();
    w.endArray();
    w.key("ratio").number(0.25);
    w.key("flag").boolean(true);
    w.endObject();
    ASSERT_TRUE(w.finish());
    const QByteArray text = buffer.data();
    EXPECT_EQ(text,
        QByteArray("{\n  \"text\": \"tab\\tquote\\\"back\\\\slash\\nctl\\u0001 \xc3\xa9\",\n"
                   "  \"list\": [\n    {\"n\": -12, \"tags\": [\"a\", \"b\"], \"none\": null}\n  ],\n"
                   "  \"empty\": [],\n  \"ratio\": 0.25,\n  \"flag\": true\n}\n"));
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(text, &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError);
    EXPECT_EQ(object.value(QStringLiteral("text")).toString(), QString::fromUtf8("tab\tquote\"back\\slash\nctl\x01 é"));
    EXPECT_EQ(
        object.value(QStringLiteral("list")).toArray().at(0).toObject().value(QStringLiteral("tags")).toArray().size(),
        2);
}

} // namespace
} // namespace rapport::core::io
