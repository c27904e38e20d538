#include "Starters.h"

namespace rapport::ui {

QStringList Starters::all()
{
    return {
        // Curiosity
        tr("What got you into this line of work in the first place?"),
        tr("What are you most looking forward to this week?"),
        tr("What's something you're working on that you wish more people knew about?"),
        tr("How was your weekend? Did you get to do anything you enjoyed?"),
        tr("What's been the best part of your week so far?"),
        tr("Is there anything you're learning at the moment, at work or outside it?"),
        tr("What does a really good workday look like for you?"),
        tr("What's one thing that would make your job easier right now?"),
        tr("How are you really doing? Not the quick answer."),
        tr("What's a project you're proud of that I might not know about?"),
        tr("When do you do your best focused work: mornings or afternoons?"),
        tr("Do you prefer a quick chat message or an email for things like this?"),
        // Following up
        tr("Last time you mentioned something you were planning. How did it go?"),
        tr("How did that presentation you were preparing turn out?"),
        tr("You said things were hectic last month. Has it calmed down?"),
        tr("Did that tricky problem you were stuck on get solved?"),
        // Offering and asking for help
        tr("Is there anything on your plate I could take off it this week?"),
        tr("I'd value your opinion on something I'm working on. Do you have ten minutes?"),
        tr("You know this area far better than I do. How would you approach it?"),
        tr("I saw an article that made me think of your project. Want me to send it?"),
        tr("Our team is starting something that touches yours. Can I tell you about it early?"),
        // Appreciation
        tr("Thank you for the careful review. It caught something I would have missed."),
        tr("I really appreciated how you handled that meeting. It kept everyone calm."),
        tr("Thanks for making time for me when you were busy. It made a difference."),
        tr("Your explanation yesterday finally made it click for me. Thank you."),
        tr("I told the team how much your help on this mattered. They should know."),
        tr("Thank you for speaking up. It made it easier for others to do the same."),
        tr("I noticed the extra effort you put into the details. Thank you for that."),
        tr("Congratulations on shipping it. That was a lot of work, and it shows."),
        tr("Thanks for the heads-up. Telling me early saved me a lot of trouble."),
        // Reliability and candour
        tr("I said I'd have this to you by Friday. It will be Monday: here's why."),
        tr("I think I misunderstood you earlier. Can we talk it through?"),
        tr("I got that wrong, and I'd like to fix it. Here's what I'm doing."),
        tr("Can I give you some feedback? I think it could help, and I mean it kindly."),
        tr("I'd really like your honest feedback on how I handled that."),
        // Inclusion
        tr("Welcome to the team! Would you like a coffee this week to get to know each other?"),
        tr("We haven't met properly yet. What does your team work on?"),
        tr("You had a good point in the meeting that got lost. Could you say more about it?"),
        tr("Would you like to join us for lunch on Thursday?"),
        // Making time
        tr("Do you have ten minutes for a virtual coffee this week? No agenda."),
        tr("Shall we make our monthly touchbase a regular thing?"),
        tr("It's been a while since we caught up. How are things on your side?"),
    };
}

int Starters::indexFor(const QDate &day)
{
    const auto count = all().size();
    return count == 0 ? 0 : static_cast<int>(day.toJulianDay() % count);
}

} // namespace rapport::ui
