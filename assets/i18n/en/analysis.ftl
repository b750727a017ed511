# analysis panel

analysis-heading = Analysis
analysis-working = Working out routes and gaps…
analysis-updating = Bringing this up to date with your changes…
analysis-targets = Targets
analysis-targets-subtitle = Who can reach each target, and through whom
analysis-gaps = Gaps
analysis-gaps-subtitle = Where the coalitions are weak
analysis-change = Change over time
analysis-change-subtitle = Who moved along the spectrum, and the interim victories
analysis-central = Central actors
analysis-central-subtitle = Who holds the network together
analysis-people = Find people for a job
analysis-people-subtitle = Ranked by expertise, stance and role
analysis-all-coalitions = All coalitions
analysis-routes-from = Routes from
analysis-no-coalition = Routes start from coalition members: create a coalition first.
analysis-size-by-brokerage = Size stakeholders by brokerage (betweenness)
analysis-estimated = Estimated from { $count } stakeholders: the map is large.
analysis-rank-by = Rank by
analysis-expertise = Expertise
analysis-expertise-wanted = Expertise wanted
analysis-expertise-hint = legal, media
analysis-allies-only = Allies only
analysis-type-expertise = Type the expertise the job needs, then Enter.
analysis-nobody = Nobody on the map has that expertise and could take the job.
analysis-candidate-member = member
analysis-passed = ✔ OK
analysis-finding = ✖ Finding
analysis-select-all = Select all

centrality-in = Relations in
centrality-out = Relations out
centrality-betweenness = Betweenness
centrality-closeness = Closeness
centrality-eigenvector = Eigenvector
centrality-in-value = { $count } in
centrality-out-value = { $count } out
centrality-in-description = Relations coming in
centrality-out-description = Relations going out
centrality-betweenness-description = Betweenness: how often they stand between two others
centrality-closeness-description = Closeness: how near they are to everyone they can reach
centrality-eigenvector-description = Eigenvector: how well connected their contacts are
centrality-all = In { $in } · out { $out } · betweenness { $betweenness } · closeness { $closeness } · eigenvector { $eigenvector }

gaps-unreachable-targets = Targets no member can reach:
gaps-only-through = { $target } is reached only through
gaps-strong-opponents = Powerful, interested active opponents:
gaps-missing-contributions = { $name }: no member brings { $contributions }
gaps-no-leadership-core = { $name } has no leadership core
gaps-low-commitment = { $name }: members' commitment is low ({ $average } of 5)
gaps-none = No gaps found.

health-subtitle = The four Cs: conditions, commitment, contributions, competence
health-header = { $count ->
        [one] { $name } (1 finding)
       *[other] { $name } ({ $count } findings)
    }
health-conditions = Conditions
health-commitment = Commitment
health-contributions = Contributions
health-competence = Competence

routes-no-target = No stakeholder is a target yet.
routes-target-is-member = The target is itself a member.
routes-none = No member reaches it through relations that carry influence.
routes-show-on-map = Show on the map:
routes-all = All routes
routes-route = Route { $number }
routes-uncertain-step = › uncertain ›
routes-uncertain-step-hover = The relation from { $from } to { $to } is marked uncertain
routes-uncertain-note = A route marked uncertain goes through a relation not confirmed.
routes-brokers = Brokers:
routes-single-point = Single point of failure:
routes-unreached-heading = Leadership core with no route here:
routes-target-member-itself = a member itself
routes-members-reaching = { $count ->
        [0] no member reaches it
        [one] 1 member reaches it
       *[other] { $count } members reach it
    }
routes-count = { $count ->
        [one] 1 route
       *[other] { $count } routes
    }

why-reaches = reaches { $target }
why-no-relation = has no relation yet: draw whom it influences or has access to
why-no-channel = none of its relations carries influence away from it (working together and opposing do not)
why-and-more = { $names } and { $more } more
why-dead-end = its influence reaches { $who }, but none of them leads on to { $target }
why-through-member = gets there only through { $member }, another member, whose own route counts instead

change-nothing-recorded = Nothing is recorded yet. Record values with a date in the inspector, or mark a checkpoint, to measure change.
change-since = Since
change-to-map-shown = to the map shown
change-relations = New relations: { $new } · Lost relations: { $lost } · Strengthened: { $strengthened } · Weakened: { $weakened }
change-toward-ally = ▲ { $count } moved toward ally: { $steps ->
        [one] 1 step
       *[other] { $steps } steps
    }, { $weighted } weighted by power
change-away = ▼ { $count } moved away: { $steps ->
        [one] 1 step
       *[other] { $steps } steps
    }, { $weighted } weighted by power
change-victories = ★ Targets that moved (interim victories)
change-moved-away = Moved away from ally
