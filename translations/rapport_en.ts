<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>InsightsCharts</name>
    <message numerus="yes">
        <source>%1, %2: %3 of %n interaction(s) that month</source>
        <translation>
            <numerusform>%1, %2: %3 of %n interaction that month</numerusform>
            <numerusform>%1, %2: %3 of %n interactions that month</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: in touch with %n colleague(s)</source>
        <translation>
            <numerusform>%1: in touch with %n colleague</numerusform>
            <numerusform>%1: in touch with %n colleagues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: you thanked people %n time(s)</source>
        <translation>
            <numerusform>%1: you thanked people %n time</numerusform>
            <numerusform>%1: you thanked people %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: you were thanked %n time(s)</source>
        <translation>
            <numerusform>%1: you were thanked %n time</numerusform>
            <numerusform>%1: you were thanked %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the %1 that lean the most of %n colleague(s).</source>
        <translation>
            <numerusform>Showing the %1 that lean the most of %n colleague.</numerusform>
            <numerusform>Showing the %1 that lean the most of %n colleagues.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileText</name>
    <message numerus="yes">
        <source>%1 (joins in %n day(s))</source>
        <translation>
            <numerusform>%1 (joins in %n day)</numerusform>
            <numerusform>%1 (joins in %n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (joined %n day(s) ago: still new, a good time to welcome them)</source>
        <translation>
            <numerusform>%1 (joined %n day ago: still new, a good time to welcome them)</numerusform>
            <numerusform>%1 (joined %n days ago: still new, a good time to welcome them)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (joined %n day(s) ago)</source>
        <translation>
            <numerusform>%1 (joined %n day ago)</numerusform>
            <numerusform>%1 (joined %n days ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Every %n day</numerusform>
            <numerusform>Every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>touchbase %n day(s) overdue</source>
        <translation>
            <numerusform>touchbase %n day overdue</numerusform>
            <numerusform>touchbase %n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next touchbase in %n day(s)</source>
        <translation>
            <numerusform>next touchbase in %n day</numerusform>
            <numerusform>next touchbase in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>tracking starts in %n day(s)</source>
        <translation>
            <numerusform>tracking starts in %n day</numerusform>
            <numerusform>tracking starts in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last contact %n day(s) ago</source>
        <translation>
            <numerusform>last contact %n day ago</numerusform>
            <numerusform>last contact %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no contact since tracking began %n day(s) ago</source>
        <translation>
            <numerusform>no contact since tracking began %n day ago</numerusform>
            <numerusform>no contact since tracking began %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) past %1</source>
        <translation>
            <numerusform>%n day past %1</numerusform>
            <numerusform>%n days past %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warmth: conversations rated %1 on average (%n rated) — %2</source>
        <translation>
            <numerusform>Warmth: conversations rated %1 on average (%n rated) — %2</numerusform>
            <numerusform>Warmth: conversations rated %1 on average (%n rated) — %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s) only with %1</source>
        <translation>
            <numerusform>%n interaction only with %1</numerusform>
            <numerusform>%n interactions only with %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thanks</source>
        <translation>
            <numerusform>%n thanks</numerusform>
            <numerusform>%n thanks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promise(s)</source>
        <translation>
            <numerusform>%n promise</numerusform>
            <numerusform>%n promises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fact(s)</source>
        <translation>
            <numerusform>%n fact</numerusform>
            <numerusform>%n facts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared interaction(s) stay without %1.</source>
        <translation>
            <numerusform>%n shared interaction stays without %1.</numerusform>
            <numerusform>%n shared interactions stay without %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderText</name>
    <message numerus="yes">
        <source>%1 — %n day(s) overdue</source>
        <translation>
            <numerusform>%1 — %n day overdue</numerusform>
            <numerusform>%1 — %n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>While Rapport was closed: %n thing(s) came due</source>
        <translation>
            <numerusform>While Rapport was closed: %n thing came due</numerusform>
            <numerusform>While Rapport was closed: %n things came due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) due today</source>
        <translation>
            <numerusform>%n thing due today</numerusform>
            <numerusform>%n things due today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rapport — %n due today</source>
        <translation>
            <numerusform>Rapport — %n due today</numerusform>
            <numerusform>Rapport — %n due today</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::AboutMeCard</name>
    <message numerus="yes">
        <source>You keep a touchbase cadence with %n colleague(s)</source>
        <translation>
            <numerusform>You keep a touchbase cadence with %n colleague</numerusform>
            <numerusform>You keep a touchbase cadence with %n colleagues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::ColleagueListModel</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>due in %n day</numerusform>
            <numerusform>due in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::ColleaguesPage</name>
    <message numerus="yes">
        <source>%1 of %n colleague(s)</source>
        <translation>
            <numerusform>%1 of %n colleague</numerusform>
            <numerusform>%1 of %n colleagues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n colleague(s)</source>
        <translation>
            <numerusform>%n colleague</numerusform>
            <numerusform>%n colleagues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::DataTransfer</name>
    <message numerus="yes">
        <source>Imported %n colleague(s) from “%1”.</source>
        <translation>
            <numerusform>Imported %n colleague from “%1”.</numerusform>
            <numerusform>Imported %n colleagues from “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::DueListModel</name>
    <message numerus="yes">
        <source>%1 — %n day(s) overdue</source>
        <translation>
            <numerusform>%1 — %n day overdue</numerusform>
            <numerusform>%1 — %n days overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::InsightsPage</name>
    <message numerus="yes">
        <source>Last %n month(s)</source>
        <translation>
            <numerusform>Last %n month</numerusform>
            <numerusform>Last %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::JournalPage</name>
    <message numerus="yes">
        <source>%Ln interaction(s)</source>
        <translation>
            <numerusform>%Ln interaction</numerusform>
            <numerusform>%Ln interactions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::PassphraseDialog</name>
    <message numerus="yes">
        <source>Use at least %n characters; a few words are easier to remember than symbols.</source>
        <translation>
            <numerusform>Use at least %n character; a few words are easier to remember than symbols.</numerusform>
            <numerusform>Use at least %n characters; a few words are easier to remember than symbols.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::ProfileCharts</name>
    <message numerus="yes">
        <source>%1: %n contact day(s)</source>
        <translation>
            <numerusform>%1: %n contact day</numerusform>
            <numerusform>%1: %n contact days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::PromiseModel</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open — due in %n day(s)</source>
        <translation>
            <numerusform>Open — due in %n day</numerusform>
            <numerusform>Open — due in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n time(s)</source>
        <translation>
            <numerusform>Moved %n time</numerusform>
            <numerusform>Moved %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::SuggestionsPanel</name>
    <message numerus="yes">
        <source>They helped you %n day(s) ago, and you have not thanked them since.</source>
        <translation>
            <numerusform>They helped you %n day ago, and you have not thanked them since.</numerusform>
            <numerusform>They helped you %n days ago, and you have not thanked them since.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They started %n day(s) ago, and you have not met yet.</source>
        <translation>
            <numerusform>They started %n day ago, and you have not met yet.</numerusform>
            <numerusform>They started %n days ago, and you have not met yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your touchbase with them is %n day(s) overdue.</source>
        <translation>
            <numerusform>Your touchbase with them is %n day overdue.</numerusform>
            <numerusform>Your touchbase with them is %n days overdue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No contact with any of its %1 colleagues in %n day(s).</source>
        <translation>
            <numerusform>No contact with any of its %1 colleagues in %n day.</numerusform>
            <numerusform>No contact with any of its %1 colleagues in %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::TodayPage</name>
    <message numerus="yes">
        <source>%n thing(s) to do today. One small action is enough to keep trust growing.</source>
        <translation>
            <numerusform>%n thing to do today. One small action is enough to keep trust growing.</numerusform>
            <numerusform>%n things to do today. One small action is enough to keep trust growing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::TrayIcon</name>
    <message numerus="yes">
        <source>and %n more…</source>
        <translation>
            <numerusform>and %n more…</numerusform>
            <numerusform>and %n more…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::VCardMergeDialog</name>
    <message numerus="yes">
        <source>%n new colleague(s) will be added</source>
        <translation>
            <numerusform>%n new colleague will be added</numerusform>
            <numerusform>%n new colleagues will be added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped.</source>
        <translation>
            <numerusform>%n skipped.</numerusform>
            <numerusform>%n skipped.</numerusform>
        </translation>
    </message>
</context>
</TS>
