"""Synthetic non-HR Markdown ('other') for the kind classifier.

The only 'other' corpus on disk is package documentation, so without these the model learns
"no code, no links => HR". These templates are written for this project (no corpus text):
everyday genres (recipes, trips, meeting notes, essays, plans, reports, ...), some of which
mention hiring, CVs, years or skills the way non-HR documents do.
"""
import random

W = {
    'city': 'Lisbon Porto Kyoto Osaka Oslo Bergen Tallinn Riga Krakow Seville Valencia Lyon Ghent Utrecht Hobart Perth Quebec Halifax Cusco Oaxaca Hanoi Hue Tbilisi Zagreb Split Bruges Salzburg Bologna Turin Glasgow'.split(),
    'food': 'lentils chickpeas onions garlic tomatoes spinach rice barley butter flour yoghurt lemons carrots leeks potatoes mushrooms thyme cumin paprika ginger coconut milk eggs oats honey walnuts apples pears'.split(),
    'verb_cook': 'chop simmer roast whisk fold knead stir saute bake grill toast blend season drain reduce'.split(),
    'topic': 'the roadmap|the budget|the office move|the offsite|the new logo|the onboarding checklist|the hiring plan|the database migration|the quarterly review|the community event|the garden rota|the volunteer schedule|the website refresh|the grant application|the newsletter'.split('|'),
    'name': 'Ana Ben Chloe Dev Emil Farah Gus Hana Ivo Jun Kira Leo Mira Nils Omar Pia Quinn Rui Sara Tom Uma Vik Wen Yara Zoe'.split(),
    'subject': 'gardening|sourdough baking|birdwatching|marathon training|urban cycling|home brewing|chess openings|film photography|learning Spanish|beekeeping|budget travel|minimalism|remote work|the labour market|hiring trends|career change advice|open source maintenance|climate adaptation|local history|board games'.split('|'),
    'system': 'ingest service|cache layer|billing pipeline|search index|notification queue|sync worker|report generator|auth gateway|scheduler|storage tier'.split('|'),
    'adj': 'quiet busy rainy sunny cheap expensive gentle steep crowded calm fresh crisp slow quick simple careful'.split(),
    'month': 'January February March April May June July August September October November December'.split(),
    'thing': 'tent|stove|camera|bike|laptop|kettle|backpack|notebook|blender|drill|lawnmower|headphones|e-reader|coffee grinder'.split('|'),
}

SENT = {
    'recipe': ['{Verb} the {food} and {food} until soft, about {n} minutes.', 'Season with salt and a pinch of {food}.',
               'No previous experience needed: this is a beginner-friendly dish.', 'Skill level: {level}. Prep time {n} minutes, cook time {n2} minutes.',
               'Serve warm with {food} on the side.', 'Leftovers keep for {d} days in the fridge.', 'My grandmother made this every winter since {year}.'],
    'trip': ['We arrived in {city} on {month} {d} and left on {month} {d2}.', 'The train from {city} to {city} takes about {n} minutes.',
             'Highlights: the old town, the {adj} harbour and a long lunch.', 'Budget roughly {n}0 euros a day for food and transport.',
             'Book the museum a week ahead; it was {adj} on weekends.', 'Day {d}: walked the coast path, {adj} weather, {n} km in total.'],
    'meeting': ['{Name} gave an update on {topic}.', 'Decision: postpone {topic} until {month}.', '{Name} will draft a proposal for {topic} by Friday.',
                'We discussed whether the job posting for the new role should ask for {d}+ years of experience; no decision yet.',
                '{Name} screened {n} CVs last week and will share a summary.', 'Action: {Name} to book a room for the {month} offsite.',
                'Budget for {topic} is still pending approval.', 'Next meeting: {month} {d}, {year}.'],
    'essay': ['Over the last {d} years, interest in {subject} has grown steadily.', 'Many people start with {subject} because it is {adj} and rewarding.',
              'Employers posted fewer job ads in {year} than in {year2}, according to several surveys.', 'Recruiters say resumes now list more skills than before.',
              'The number of postings that ask for a degree fell between {year2} and {year}.', 'In this post I want to share what I learned about {subject}.',
              'Candidates and employers both complain that hiring takes too long.', 'None of this is advice; it is one person\'s notes on {subject}.',
              'I first tried {subject} in {year2} and kept at it for {d} years.', 'The trend is {adj}, but the data is noisy.'],
    'design': ['The {system} is responsible for batching writes and retrying failures.', 'Requirements: the {system} must handle {n}00 requests per second.',
               'Responsibilities of the {system}: validation, persistence and metrics.', 'We considered replacing the {system} but the migration risk is high.',
               'Jobs are retried up to {d} times with exponential backoff.', 'Open question: who owns the {system} after launch?',
               'The {system} keeps {d} years of history for audits.', 'Experience from the {year} incident shows that timeouts need tuning.'],
    'journal': ['Woke up early; the morning was {adj}.', 'Spent the afternoon on {subject} and felt good about it.', 'Called {Name}, who is moving to {city} in {month}.',
                'I keep thinking about {topic}.', 'Walked {d} km before dinner.', 'Grateful for a {adj} day.'],
    'plan': ['Week {d}: {n} km easy, one long run, one rest day.', 'Goal: finish the {city} half marathon in {month} {year}.',
             'Skills to practise: pacing, hill repeats, stretching.', 'If a session is missed, skip it rather than doubling up.', 'Level: {level}.'],
    'review': ['I bought the {thing} in {month} {year} and have used it for {d} months.', 'Pros: {adj}, light, well made.', 'Cons: the case feels {adj}.',
               'Compared with my old {thing}, it is {adj} and easier to carry.', 'Rating: {d} out of 5.', 'Would I buy it again? Probably.'],
    'history': ['The town was founded around {year2} and grew quickly after the railway arrived in {year}.', 'From {year2} to {year} the mill employed most of the valley.',
                'The bridge was rebuilt in {year} after the {month} floods.', '{Name} served as mayor from {year2} to {year}.', 'The museum holds letters, maps and photographs.'],
    'course': ['Week {d}: introduction to {subject}.', 'Prerequisites: none; no prior experience required.', 'Assessment: {d} short essays and a final project.',
               'Learning outcomes: understand the basics of {subject} and practise the core skills.', 'Office hours: {month} to {month2}, Tuesdays.', 'Reading list is on the shared drive.'],
    'event': ['Guests arrive from {n2}:00; dinner at {d}:30.', '{Name} handles the music, {Name} the flowers.', 'Venue: the {adj} hall near the {city} station.',
              'Budget: {n}00 total, deposit paid in {month}.', 'Checklist: invitations, seating plan, cake, speeches.', 'Rain plan: move everything indoors.'],
    'report': ['Summary: the {system} outage lasted {n} minutes on {month} {d}.', 'Impact: {n}% of requests failed.', 'Root cause: a config change in {year}.',
               'Timeline: detected at 09:{n2}, mitigated at 10:{n2}.', 'Follow-ups: add alerts, document the runbook, review on-call load.', 'Lessons learned: small changes, staged rollouts.'],
    'analysis': ['Across the {n}0 thousand ads we tracked, the median salary rose {d}% in {year}.', 'The share of listings that mention remote work doubled since {year2}.',
                 'Recruiters we surveyed said they read a CV for under a minute.', 'Our data covers {d} countries and {n} sectors, so treat the figures with care.',
                 'Demand for nurses and teachers stayed high, while tech hiring cooled.', 'Employers increasingly drop degree requirements, the survey suggests.',
                 'Job seekers in {city} waited {d} weeks on average for a first interview.', 'Applicant tracking systems are blamed for many rejections, fairly or not.',
                 'What does this mean for candidates? Mostly that skills matter more than titles.', 'Methodology: we sampled postings each quarter and removed duplicates.',
                 'Economists expect the labour market to loosen in {year}.', 'The chart below shows openings per unemployed person by month.'],
    'faq': ['Q: Can I bring my {thing}? A: Yes, if it fits under the seat.', 'Q: How long does delivery take? A: {d} to {d2} working days.',
            'Q: Do I need experience? A: No, beginners are welcome.', 'Q: Is there a deadline? A: Sign-ups close on {month} {d}.', 'Contact {Name} with other questions.'],
}

HEADS = {
    'recipe': ['Ingredients', 'Method', 'Notes', 'Serves {d}', 'Equipment', 'Variations'],
    'trip': ['Summary', '{city}', '{city} ({month} {d} - {month} {d2})', 'Getting around', 'Budget', 'Packing list'],
    'meeting': ['Attendees', 'Agenda', 'Notes', 'Decisions', 'Action items', 'Next steps'],
    'essay': ['Introduction', 'What changed', 'What I learned', 'The numbers', 'Conclusion', 'Further reading'],
    'design': ['Summary', 'Background', 'Requirements', 'Proposal', 'Alternatives', 'Risks', 'Responsibilities'],
    'journal': ['{month} {d}', '{month} {d2}', 'Monday', 'Weekend'],
    'plan': ['Goals', 'Week {d}', 'Week {d2}', 'Notes', 'Gear'],
    'review': ['Overview', 'Pros and cons', 'Verdict', 'Specs'],
    'history': ['Early years', 'Industry', 'The {year} flood', 'Today', 'Sources'],
    'course': ['Overview', 'Schedule', 'Assessment', 'Readings', 'Policies'],
    'event': ['Overview', 'Schedule', 'Who does what', 'Budget', 'Checklist'],
    'report': ['Summary', 'Impact', 'Timeline', 'Root cause', 'Follow-ups'],
    'analysis': ['Key findings', 'Methodology', 'The numbers', 'What it means', 'Outlook', '{d}. A shift in demand'],
    'faq': ['General', 'Orders', 'Events', 'Contact'],
}

TITLES = {
    'recipe': ['{Food} and {food} stew', 'Weeknight {food} soup', 'Roasted {food}'], 'trip': ['{Days} days in {city}', 'Trip notes: {city} and {city}'],
    'meeting': ['Team meeting {month} {d}', 'Weekly sync notes', 'Committee minutes'], 'essay': ['Notes on {subject}', 'What {year} taught me about {subject}'],
    'design': ['Design: {system} v{d}', 'RFC: rework the {system}'], 'journal': ['Journal', 'Diary, {month} {year}'], 'plan': ['{City} training plan', 'My {d}-week plan'],
    'review': ['Review: the {thing}', '{Thing}, {d} months later'], 'history': ['A short history of the valley', 'Our town, {year2}-{year}'],
    'course': ['Syllabus: {subject}', 'Course notes: {subject}'], 'event': ['{Name} and {Name}: the big day', 'Summer party plan'],
    'analysis': ['The state of hiring in {year}', 'Labour market roundup: {month} {year}', '{d} things the data says about job hunting'],
    'report': ['Postmortem: {system} outage', 'Incident report {month} {year}'], 'faq': ['FAQ', 'Frequently asked questions'],
}


def _fill(t, rng):
    vals = {'n': rng.randint(5, 90), 'n2': rng.randint(10, 59), 'd': rng.randint(2, 9), 'd2': rng.randint(10, 28),
            'year': rng.randint(1995, 2025), 'year2': rng.randint(1890, 1994), 'level': rng.choice(['beginner', 'easy', 'intermediate', 'advanced']),
            'Days': rng.randint(3, 12)}
    out = t
    for key in ('food', 'city', 'topic', 'subject', 'system', 'adj', 'month', 'thing'):
        while '{' + key + '}' in out:
            out = out.replace('{' + key + '}', rng.choice(W[key]), 1)
        cap = '{' + key.capitalize() + '}'
        while cap in out:
            out = out.replace(cap, rng.choice(W[key]).capitalize(), 1)
    out = out.replace('{month2}', rng.choice(W['month']))
    while '{Name}' in out:
        out = out.replace('{Name}', rng.choice(W['name']), 1)
    while '{Verb}' in out:
        out = out.replace('{Verb}', rng.choice(W['verb_cook']).capitalize(), 1)
    return out.format(**vals)


def synthetic_doc(genre, rng):
    style = rng.random()
    lines = [('# ' if style < 0.8 else '') + _fill(rng.choice(TITLES[genre]), rng), '']
    if rng.random() < 0.3:
        lines = ['---', 'title: ' + lines[0].lstrip('# '), 'date: %d-%02d-%02d' % (rng.randint(2010, 2025), rng.randint(1, 12), rng.randint(1, 28)), '---', ''] + lines[2:]
    heads = rng.sample(HEADS[genre], min(len(HEADS[genre]), rng.randint(2, 5)))
    bullet = rng.choice(['- ', '* ', '1. ', ''])
    for h in heads:
        if style < 0.85:
            mark = rng.choice(['## ', '### ', '**'])
            lines += [mark + _fill(h, rng) + ('**' if mark == '**' else ''), '']
        else:
            lines += [_fill(h, rng) + (':' if rng.random() < 0.5 else ''), '']
        sents = [_fill(t, rng) for t in rng.sample(SENT[genre], min(len(SENT[genre]), rng.randint(2, 7)))]
        if rng.random() < 0.5:
            lines += [(bullet if bullet != '1. ' else '%d. ' % (i + 1)) + s for i, s in enumerate(sents)]
        else:
            lines += [' '.join(sents)]
        lines.append('')
    return '\n'.join(lines).replace('**', '') if style > 0.95 else '\n'.join(lines)


def synthetic_other(n, seed):
    """-> list of (genre, text); genres are interleaved so any cap keeps them all."""
    rng = random.Random(seed)
    genres = sorted(SENT)
    return [(genres[i % len(genres)], synthetic_doc(genres[i % len(genres)], rng)) for i in range(n)]
