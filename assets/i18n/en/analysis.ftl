# analysis panel

analysis-heading = Analysis
analysis-working = Working out routes and gaps…
analysis-progress = Routes found to { $done } of { $total } targets
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

# the four-Cs checks, in the panel and the stats report

words-and = and
words-or = or
health-no-members = The coalition has no members yet
health-salience = Salience
health-salience-hint = say how much the issue matters to the public and decision makers now
health-timing = Timing
health-timing-hint = say why now is (or is not) the moment
health-feasibility = Feasibility of winning
health-feasibility-hint = say how feasible winning looks, and why
health-condition-missing = { $what } is not noted in the map's conditions: { $hint }
health-condition-noted = { $what } is noted
health-no-objective = The coalition states no objective
health-objective = The coalition states its objective
health-targets = The map names targets to influence
health-no-targets = The map names no target to influence (no stakeholder of kind target)
health-members = { $count ->
        [one] The coalition has 1 member
       *[other] The coalition has { $count } members
    }
health-commitment-low = Average commitment is low: { $average } of 5; lowest first
health-commitment-some-low = { $count ->
        [one] Average commitment is { $average } of 5, but 1 member is below { $threshold }
       *[other] Average commitment is { $average } of 5, but { $count } members are below { $threshold }
    }
health-commitment-fine = Average commitment is { $average } of 5 and no member is below { $threshold }
health-all-allies = Every member is an ally of the goal
health-not-allies = { $count ->
        [one] 1 member is not recorded as an ally of the goal (neutral, opposed or unknown)
       *[other] { $count } members are not recorded as an ally of the goal (neutral, opposed or unknown)
    }
health-every-contribution = Every kind of contribution is brought by some member
health-no-contribution-yet = No member has any contribution recorded yet
health-missing-contributions = No member brings { $kinds }
health-recruits = ; allies outside the coalition who bring what is missing
health-every-member-contributes = Every member has a contribution recorded
health-members-without = { $count ->
        [one] 1 member has no contribution recorded
       *[other] { $count } members have no contribution recorded
    }
health-all-reached = Every target is within reach of a member
health-out-of-reach = { $count ->
        [one] 1 target is out of reach of every member
       *[other] { $count } targets are out of reach of every member
    }
health-no-core = No leadership core: no member is both marked lead here and in the leadership core
health-no-core-concerned = No leadership core: no member is both marked lead here and in the leadership core; lead members outside the core, or core members not marked lead
health-core = Leadership core
health-core-committed = Every core member's commitment is { $threshold } or more
health-core-low = { $count ->
        [one] 1 core member has commitment below { $threshold }
       *[other] { $count } core members have commitment below { $threshold }
    }
health-core-no-expertise = The leadership core has no expertise recorded
health-core-covers-only = The leadership core covers only { $expertise }
health-core-covers-some = { $count ->
        [one] The leadership core covers { $expertise }; 1 core member has no expertise recorded
       *[other] The leadership core covers { $expertise }; { $count } core members have no expertise recorded
    }
health-core-covers = The leadership core covers { $expertise }

# the stats report (Markdown)

report-title = Analysis of { $title }
report-routes-to = Routes to { $name }
report-scope = { $every ->
        [yes] Routes start from the { $count ->
            [one] 1 member
           *[other] { $count } members
        } of every coalition.
       *[no] Routes start from the { $count ->
            [one] 1 member
           *[other] { $count } members
        } of the coalition “{ $coalition }”.
    } They follow the relations that carry influence (influences, has access to, funds, member of, reports to, allied with; never opposes). A step costs 1 along a strong relation, 2 along a middle one and 3 along a weak one, twice that when uncertain: the lower a route's cost, the better.
report-targets-heading = Who can reach each target
report-no-targets = The map has no targets (stakeholders of kind target).
report-target-is-member = It is itself a member of the coalition.
report-no-members = No coalition has members yet, so nobody reaches it.
report-unreached = No member can reach it.
report-reached-by = Reached by { $reaching } of { $members ->
        [one] 1 member
       *[other] { $members } members
    }{ $best ->
        [0] {""}
       *[other] , the best { $best }
    }:
report-no-brokers = Brokers: none; every route is direct.
report-brokers-on-all = Brokers on all { $count } members' routes: { $names }.
report-brokers = Brokers: { $names }.
report-only-through = **Only through { $names }**: lose { $count ->
        [one] it
       *[other] any of them
    } and no member reaches { $target }.
report-cost = cost { $cost }
report-weak = weak
report-uncertain = uncertain
report-brokers-heading = Brokers
report-nobody-between = Nobody stands between the members and the targets.
report-brokers-intro = Stakeholders standing between members and targets, on the most members' best routes first.
report-column-broker = Broker
report-column-routes = Routes
report-column-targets = Targets
report-central-heading = Central actors
report-no-influence = No relation carries influence yet.
report-central-intro = Measured on the relations that carry influence, most between others first. *In* and *out*: how many stakeholders carry influence to and from it; *between*: share of shortest chains passing through it; *close*: how easily it reaches the others; *tied*: ties to well-tied stakeholders (eigenvector).
report-central-estimated = The map is large: *between* and *close* are estimates from searches from { $count } stakeholders spread through it.
report-column-stakeholder = Stakeholder
report-column-in = In
report-column-out = Out
report-column-between = Between
report-column-close = Close
report-column-tied = Tied
report-gaps-heading = Gaps
report-gap-unreachable = **Targets no member can reach**: { $names }.
report-gap-only-through = **{ $target } is reachable only through { $names }.**
report-opponent = { $name } (power { $power }, interest { $interest })
report-gap-opponents = **Strong active opponents** (power and interest { $score } or more): { $names }.
report-lacks-contributions = no member brings { $kinds }
report-lacks-commitment = low average commitment ({ $average } of 5)
report-lacks-members = no members yet
report-lacks-core = no leadership core
report-health-heading = Coalition health: the four Cs
report-no-coalitions = The map has no coalitions.
report-health-intro = A checklist per coalition: conditions, commitment, contributions and competence. An unticked box needs attention.
report-more-rows = { $what ->
        [brokers] { $count ->
            [one] and 1 more broker.
           *[other] and { $count } more brokers.
        }
       *[connected] { $count ->
            [one] and 1 more connected stakeholder.
           *[other] and { $count } more connected stakeholders.
        }
    }

# the counts at the top of the stats report

counts-totals = { $stakeholders ->
        [one] 1 stakeholder
       *[other] { $stakeholders } stakeholders
    }, { $relations ->
        [one] 1 relation
       *[other] { $relations } relations
    }, { $coalitions ->
        [one] 1 coalition
       *[other] { $coalitions } coalitions
    }
counts-by-kind = By kind
counts-by-stance = By stance
counts-by-role = By role
counts-relations-by-kind = Relations by kind

# how numbers are written: digit groups, the decimal mark, sizes
words-thousands-separator = ,
words-decimal-separator = .
words-size-bytes = { $count } bytes
words-size-kb = { $count } KB
words-size-mb = { $count } MB
