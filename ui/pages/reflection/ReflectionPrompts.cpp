#include "ReflectionPrompts.h"

namespace rapport::ui {

QStringList ReflectionPrompts::all()
{
    return {
        // Capacity
        tr("How many work relationships can I really keep up right now?"),
        tr("Who have I been neglecting lately, and what is one small step toward them?"),
        tr("Am I spreading myself too thin? What could I let go of?"),
        // Self-awareness and communication style
        tr("What is my communication style under pressure, and how does it land on others?"),
        tr("When did I last react instead of respond? What set it off?"),
        tr("How do I come across in meetings when I disagree?"),
        tr("Which working styles do I find hard, and how could I adapt to them?"),
        tr("What did I do this week that made someone's work easier?"),
        // Asking for help
        tr("What am I struggling with that I have not asked anyone about?"),
        tr("Whose advice could I ask for this week, and on what?"),
        tr("When did asking for help last strengthen a relationship?"),
        // Candour with compassion
        tr("Is there feedback I have been holding back? How could I say it kindly and clearly?"),
        tr("Is there a tension I have been avoiding? What would a straightforward, kind conversation sound like?"),
        tr("Did I assume something about someone this week that I should have asked about instead?"),
        // Reliability
        tr("Which promise is at risk, and who should I tell early?"),
        tr("Did I own a mistake this week, or explain it away?"),
        // Curiosity and remembering
        tr("What did I learn about a colleague this week that I want to remember?"),
        tr("Who did I really listen to this week, and what did I hear?"),
        // Gratitude and inclusion
        tr("Who helped me recently whom I have not thanked specifically?"),
        tr("Whose quiet contribution deserves to be seen by the team?"),
        tr("Who is new or on the edge of the team, and how could I include them?"),
        tr("Which team outside my own do I know least? Who there could I get to know?"),
        // Consistency
        tr("What small thing did I keep doing this month that builds trust over time?"),
        tr("What kind of colleague do I want to be known as a year from now?"),
    };
}

} // namespace rapport::ui
