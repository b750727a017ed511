//! The analysis, on small hand-built maps whose answers are known: who reaches
//! each target and through whom, the central actors, the gaps, the four-Cs
//! checklist and who should do a job; and the bundled examples' reports,
//! kept as golden files (regenerate with `UPDATE_GOLDEN=1`).

use std::path::PathBuf;

use powermap::analysis::{
    self, Analysis, Check, FourC, JobQuery, Options, Scope, StatsFormat, TargetPaths,
    paths::{Flow, flow, step_cost},
    stats_report,
};
use powermap::edit::Edit;
use powermap::model::{
    Coalition, CoalitionId, Conditions, Confidence, Contribution, Kind, Map, MapMeta, Member,
    MemberRole, Relation, RelationId, RelationKind, Role, Stakeholder, StakeholderId, Stance,
};

/// Builds a map edit by edit, naming each stakeholder after its id.
struct Sketch {
    map: Map,
    relations: usize,
}

impl Sketch {
    fn new() -> Self {
        Self {
            map: Map::new("Sketch"),
            relations: 0,
        }
    }

    fn apply(&mut self, edit: Edit) {
        if let Err(error) = edit.apply(&mut self.map) {
            panic!("the sketch is not a valid map: {error}");
        }
    }

    /// A stakeholder whose name is its id, an active ally with middle scores.
    fn add(&mut self, id: &str, kind: Kind) -> &mut Self {
        self.add_with(id, kind, |_| {})
    }

    fn add_with(
        &mut self,
        id: &str,
        kind: Kind,
        change: impl FnOnce(&mut Stakeholder),
    ) -> &mut Self {
        self.add_named(id, id, kind, change)
    }

    fn add_named(
        &mut self,
        id: &str,
        name: &str,
        kind: Kind,
        change: impl FnOnce(&mut Stakeholder),
    ) -> &mut Self {
        let mut stakeholder = Stakeholder::new(StakeholderId::new(id), name, kind);
        stakeholder.stance = Stance::ActiveAlly;
        change(&mut stakeholder);
        self.apply(Edit::AddStakeholder(stakeholder));
        self
    }

    fn organizations(&mut self, ids: &[&str]) -> &mut Self {
        for id in ids {
            self.add(id, Kind::Organization);
        }
        self
    }

    fn targets(&mut self, ids: &[&str]) -> &mut Self {
        for id in ids {
            self.add(id, Kind::Target);
        }
        self
    }

    /// A confirmed relation of middle strength (a step costing 2).
    fn relate(&mut self, from: &str, kind: RelationKind, to: &str) -> &mut Self {
        self.relate_with(from, kind, to, |_| {})
    }

    fn relate_with(
        &mut self,
        from: &str,
        kind: RelationKind,
        to: &str,
        change: impl FnOnce(&mut Relation),
    ) -> &mut Self {
        self.relations += 1;
        let mut relation = Relation::new(
            RelationId::new(format!("r{}", self.relations)),
            StakeholderId::new(from),
            StakeholderId::new(to),
            kind,
        );
        change(&mut relation);
        self.apply(Edit::AddRelation(relation));
        self
    }

    /// "a influences b", strong: a step costing 1.
    fn strong(&mut self, from: &str, to: &str) -> &mut Self {
        self.relate_with(from, RelationKind::Influences, to, |r| r.strength = 3)
    }

    fn coalition(&mut self, id: &str, members: &[(&str, MemberRole)]) -> &mut Self {
        let mut coalition = Coalition {
            objective: "Protect civilians".to_owned(),
            ..Coalition::new(CoalitionId::new(id), format!("Coalition {id}"))
        };
        coalition.members = members
            .iter()
            .map(|(member, role)| Member {
                stakeholder: StakeholderId::new(*member),
                role: *role,
            })
            .collect();
        self.apply(Edit::AddCoalition(coalition));
        self
    }

    fn members(&mut self, id: &str, members: &[&str]) -> &mut Self {
        let members: Vec<(&str, MemberRole)> =
            members.iter().map(|m| (*m, MemberRole::Member)).collect();
        self.coalition(id, &members)
    }

    fn map(&self) -> &Map {
        &self.map
    }
}

fn id(text: &str) -> StakeholderId {
    StakeholderId::new(text)
}

fn ids(texts: &[&str]) -> Vec<StakeholderId> {
    texts.iter().map(|t| id(t)).collect()
}

fn paths_to(map: &Map, target: &str) -> TargetPaths {
    analysis::paths_to(map, &Scope::AllCoalitions, &id(target), 3)
        .unwrap_or_else(|| panic!("no stakeholder {target}"))
}

/// The stakeholders along a route, member first, target last.
fn route_of(paths: &TargetPaths, index: usize) -> Vec<&str> {
    paths.routes[index]
        .stakeholders()
        .map(StakeholderId::as_str)
        .collect()
}

// ---- Influence paths -------------------------------------------------------

#[test]
fn a_member_who_influences_the_target_reaches_it_directly() {
    let mut sketch = Sketch::new();
    sketch
        .organizations(&["m"])
        .targets(&["t"])
        .relate("m", RelationKind::Influences, "t")
        .members("c1", &["m"]);
    let paths = paths_to(sketch.map(), "t");
    assert_eq!(paths.members_reaching, 1);
    assert_eq!(route_of(&paths, 0), ["m", "t"]);
    assert_eq!(paths.routes[0].cost, 2);
    assert_eq!(paths.routes[0].brokers().count(), 0);
    assert!(paths.brokers.is_empty());
    assert!(paths.only_through.is_empty());
}

#[test]
fn a_step_costs_less_the_stronger_and_surer_the_relation() {
    let relation = |strength: u8, confidence: Confidence| {
        let mut r = Relation::new(
            RelationId::new("r"),
            id("a"),
            id("b"),
            RelationKind::Influences,
        );
        r.strength = strength;
        r.confidence = confidence;
        r
    };
    assert_eq!(step_cost(&relation(3, Confidence::Confirmed)), 1);
    assert_eq!(step_cost(&relation(2, Confidence::Confirmed)), 2);
    assert_eq!(step_cost(&relation(1, Confidence::Confirmed)), 3);
    assert_eq!(step_cost(&relation(3, Confidence::Uncertain)), 2);
    assert_eq!(step_cost(&relation(1, Confidence::Uncertain)), 6);
}

#[test]
fn two_strong_steps_beat_one_weak_step() {
    let mut sketch = Sketch::new();
    sketch
        .organizations(&["m", "envoy"])
        .targets(&["t"])
        .relate_with("m", RelationKind::Influences, "t", |r| r.strength = 1)
        .strong("m", "envoy")
        .strong("envoy", "t")
        .members("c1", &["m"]);
    let paths = paths_to(sketch.map(), "t");
    assert_eq!(route_of(&paths, 0), ["m", "envoy", "t"]);
    assert_eq!(paths.routes[0].cost, 2);
}

#[test]
fn an_uncertain_relation_costs_more_than_the_same_relation_confirmed() {
    let build = |confidence: Confidence| {
        let mut sketch = Sketch::new();
        sketch
            .organizations(&["m", "envoy"])
            .targets(&["t"])
            .relate_with("m", RelationKind::HasAccessTo, "t", |r| {
                r.confidence = confidence;
            })
            .strong("m", "envoy")
            .relate("envoy", RelationKind::Influences, "t")
            .members("c1", &["m"]);
        paths_to(sketch.map(), "t")
    };
    // Confirmed, the direct relation (2) beats the detour (1 + 2).
    let confirmed = build(Confidence::Confirmed);
    assert_eq!(route_of(&confirmed, 0), ["m", "t"]);
    assert_eq!(confirmed.routes[0].cost, 2);
    // Uncertain, it costs 4 and the detour wins.
    let uncertain = build(Confidence::Uncertain);
    assert_eq!(route_of(&uncertain, 0), ["m", "envoy", "t"]);
    assert_eq!(uncertain.routes[0].cost, 3);
}

#[test]
fn opposes_never_carries_influence_even_when_mutual() {
    let mut sketch = Sketch::new();
    sketch
        .organizations(&["m", "rival"])
        .targets(&["t"])
        .relate_with("m", RelationKind::Opposes, "t", |r| {
            r.mutual = true;
            r.strength = 3;
        })
        .strong("m", "rival")
        .relate("rival", RelationKind::Opposes, "t")
        .members("c1", &["m"]);
    let map = sketch.map();
    let paths = paths_to(map, "t");
    assert!(paths.is_unreachable());
    assert!(paths.routes.is_empty());
    let gaps = analysis::gaps(map, &Scope::AllCoalitions);
    assert_eq!(gaps.unreachable_targets, ids(&["t"]));
    assert_eq!(flow(&RelationKind::Opposes), Flow::Nothing);
}

#[test]
fn influence_flows_the_way_each_kind_of_relation_carries_it() {
    // (kind, member is `from`, mutual) → does the member reach the target?
    let cases = [
        (RelationKind::Influences, true, false, true),
        (RelationKind::Influences, false, false, false),
        (RelationKind::Influences, false, true, true),
        (RelationKind::HasAccessTo, true, false, true),
        (RelationKind::HasAccessTo, false, false, false),
        (RelationKind::Funds, true, false, true),
        (RelationKind::Funds, false, false, false),
        (RelationKind::MemberOf, true, false, true),
        (RelationKind::MemberOf, false, false, false),
        (RelationKind::ReportsTo, true, false, true),
        (RelationKind::ReportsTo, false, false, false),
        (RelationKind::AlliedWith, true, false, true),
        (RelationKind::AlliedWith, false, false, true),
        (RelationKind::Cooperates, true, true, false),
        (RelationKind::Coordinates, true, true, false),
        (RelationKind::Collaborates, true, true, false),
        (
            RelationKind::Custom("Lunches with".to_owned()),
            true,
            true,
            false,
        ),
    ];
    for (kind, member_is_from, mutual, reaches) in cases {
        let mut sketch = Sketch::new();
        sketch.organizations(&["m"]).targets(&["t"]);
        let (from, to) = if member_is_from {
            ("m", "t")
        } else {
            ("t", "m")
        };
        sketch
            .relate_with(from, kind.clone(), to, |r| r.mutual = mutual)
            .members("c1", &["m"]);
        let paths = paths_to(sketch.map(), "t");
        assert_eq!(
            paths.members_reaching == 1,
            reaches,
            "{from} {kind} {to} (mutual: {mutual})"
        );
    }
}

#[test]
fn a_route_never_passes_through_another_member() {
    let mut sketch = Sketch::new();
    sketch
        .organizations(&["first", "second"])
        .targets(&["t"])
        .strong("first", "second")
        .strong("second", "t")
        .members("c1", &["first", "second"]);
    let paths = paths_to(sketch.map(), "t");
    assert_eq!(paths.members_reaching, 1);
    assert_eq!(route_of(&paths, 0), ["second", "t"]);
    assert!(paths.brokers.is_empty());
}

#[test]
fn the_best_few_routes_are_listed_cheapest_first_but_all_members_count() {
    let mut sketch = Sketch::new();
    sketch
        .organizations(&["a", "b", "c", "d", "x"])
        .targets(&["t"])
        .relate_with("a", RelationKind::Influences, "t", |r| r.strength = 1) // 3
        .strong("b", "t") // 1
        .strong("c", "x") // 1 + 1
        .strong("x", "t")
        .relate_with("d", RelationKind::Influences, "t", |r| {
            r.confidence = Confidence::Uncertain; // 4
        })
        .members("c1", &["a", "b", "c", "d"]);
    let paths = paths_to(sketch.map(), "t");
    assert_eq!(paths.members_reaching, 4);
    let firsts: Vec<&str> = paths.routes.iter().map(|r| r.from.as_str()).collect();
    let costs: Vec<u32> = paths.routes.iter().map(|r| r.cost).collect();
    assert_eq!(firsts, ["b", "c", "a"]);
    assert_eq!(costs, [1, 2, 3]);
}

#[test]
fn brokers_are_counted_over_every_members_best_route() {
    let mut sketch = Sketch::new();
    sketch
        .organizations(&["m1", "m2", "m3", "envoy", "minor"])
        .targets(&["t1", "t2"])
        .strong("m1", "envoy")
        .strong("m2", "envoy")
        .strong("m3", "envoy")
        .strong("envoy", "t1")
        .strong("envoy", "t2")
        .relate_with("m3", RelationKind::Influences, "minor", |r| r.strength = 1)
        .relate_with("minor", RelationKind::Influences, "t2", |r| r.strength = 1)
        .members("c1", &["m1", "m2", "m3"]);
    let paths = analysis::influence_paths(sketch.map(), &Scope::AllCoalitions, 1);
    assert_eq!(paths.brokers.len(), 1, "minor is on no best route");
    let envoy = &paths.brokers[0];
    assert_eq!(envoy.stakeholder, id("envoy"));
    assert_eq!(envoy.routes, 6, "three members, two targets");
    assert_eq!(envoy.targets, ids(&["t1", "t2"]));
    // Per target, the count covers every member, not only the one route listed.
    let t1 = paths.target(&id("t1")).unwrap();
    assert_eq!(t1.routes.len(), 1);
    assert_eq!(t1.brokers[0].routes, 3);
}

#[test]
fn a_target_reached_only_through_one_stakeholder_names_it() {
    let mut sketch = Sketch::new();
    sketch
        .organizations(&["m1", "m2", "envoy", "aide"])
        .targets(&["council"])
        .strong("m1", "envoy")
        .strong("m2", "envoy")
        .relate("envoy", RelationKind::HasAccessTo, "aide")
        .relate("aide", RelationKind::ReportsTo, "council")
        .members("c1", &["m1", "m2"]);
    let map = sketch.map();
    let paths = paths_to(map, "council");
    assert_eq!(paths.only_through, ids(&["envoy", "aide"]));
    let gaps = analysis::gaps(map, &Scope::AllCoalitions);
    assert_eq!(gaps.single_points_of_failure.len(), 1);
    assert_eq!(gaps.single_points_of_failure[0].target, id("council"));
    assert_eq!(
        gaps.single_points_of_failure[0].only_through,
        ids(&["envoy", "aide"])
    );
}

#[test]
fn a_costly_second_way_in_is_enough_to_remove_a_single_point_of_failure() {
    let mut sketch = Sketch::new();
    sketch
        .organizations(&["m1", "m2", "envoy", "far", "further"])
        .targets(&["council"])
        .strong("m1", "envoy")
        .strong("m2", "envoy")
        .strong("envoy", "council")
        // m2 has a weak, uncertain detour nobody's best route uses.
        .relate_with("m2", RelationKind::Influences, "far", |r| r.strength = 1)
        .relate_with("far", RelationKind::Influences, "further", |r| {
            r.confidence = Confidence::Uncertain;
        })
        .relate_with("further", RelationKind::Influences, "council", |r| {
            r.strength = 1;
        });
    sketch.members("c1", &["m1", "m2"]);
    let paths = paths_to(sketch.map(), "council");
    assert_eq!(route_of(&paths, 0), ["m1", "envoy", "council"]);
    assert_eq!(route_of(&paths, 1), ["m2", "envoy", "council"]);
    assert!(paths.only_through.is_empty());
}

#[test]
fn a_member_with_a_direct_line_leaves_no_single_point_of_failure() {
    let mut sketch = Sketch::new();
    sketch
        .organizations(&["m1", "m2", "envoy"])
        .targets(&["t"])
        .strong("m1", "envoy")
        .strong("envoy", "t")
        .relate_with("m2", RelationKind::Influences, "t", |r| r.strength = 1)
        .members("c1", &["m1", "m2"]);
    assert!(paths_to(sketch.map(), "t").only_through.is_empty());
}

#[test]
fn one_chosen_coalition_starts_routes_from_its_own_members_only() {
    let mut sketch = Sketch::new();
    sketch
        .organizations(&["lawyers", "researchers"])
        .targets(&["t"])
        .strong("lawyers", "t")
        .members("c1", &["lawyers"])
        .members("c2", &["researchers"]);
    let map = sketch.map();
    let all = analysis::influence_paths(map, &Scope::AllCoalitions, 3);
    assert_eq!(all.members, ids(&["lawyers", "researchers"]));
    assert_eq!(all.targets[0].members_reaching, 1);
    let scope = Scope::Coalition(CoalitionId::new("c2"));
    let research = analysis::influence_paths(map, &scope, 3);
    assert_eq!(research.members, ids(&["researchers"]));
    assert!(research.targets[0].is_unreachable());
    let gaps = analysis::gaps(map, &scope);
    assert_eq!(gaps.unreachable_targets, ids(&["t"]));
    assert_eq!(gaps.coalitions.len(), 1);
}

#[test]
fn a_target_in_the_coalition_needs_no_route_and_is_not_a_gap() {
    let mut sketch = Sketch::new();
    sketch.targets(&["committee"]).members("c1", &["committee"]);
    let paths = paths_to(sketch.map(), "committee");
    assert!(paths.target_is_member);
    assert!(!paths.is_unreachable());
    assert!(
        analysis::gaps(sketch.map(), &Scope::AllCoalitions)
            .unreachable_targets
            .is_empty()
    );
}

// ---- Centrality ------------------------------------------------------------

#[test]
fn centrality_of_a_chain_has_the_textbook_values() {
    let mut sketch = Sketch::new();
    sketch
        .organizations(&["a", "b", "c", "loner"])
        .relate("a", RelationKind::Influences, "b")
        .relate("b", RelationKind::Influences, "c")
        .relate("loner", RelationKind::Opposes, "a");
    let rows = analysis::centrality(sketch.map());
    let row = |name: &str| rows.of(&id(name)).unwrap();
    assert_eq!((row("a").degree_in, row("a").degree_out), (0, 1));
    assert_eq!((row("b").degree_in, row("b").degree_out), (1, 1));
    assert_eq!((row("loner").degree_in, row("loner").degree_out), (0, 0));
    // b is on the one chain between two others (a → c), of 3 × 2 ordered pairs.
    let close = |x: f64, y: f64| (x - y).abs() < 1e-9;
    assert!(
        close(row("b").betweenness, 1.0 / 6.0),
        "{}",
        row("b").betweenness
    );
    assert!(close(row("a").betweenness, 0.0));
    // a reaches 2 of 3 others in 1 + 2 steps: (2 / 3) × (2 / 3).
    assert!(
        close(row("a").closeness, 4.0 / 9.0),
        "{}",
        row("a").closeness
    );
    assert!(close(row("c").closeness, 0.0));
    let tied = |name: &str| row(name).eigenvector.unwrap();
    assert!(tied("b") > tied("a") && close(tied("a"), tied("c")));
    assert!(tied("loner") < 1e-3);
}

// ---- Gaps ------------------------------------------------------------------

#[test]
fn strong_opponents_are_active_and_high_on_power_and_interest() {
    let mut sketch = Sketch::new();
    let opponent = |stance: Stance, power: u8, interest: u8| {
        move |s: &mut Stakeholder| {
            s.stance = stance;
            s.power = power;
            s.interest = interest;
        }
    };
    sketch
        .add_with(
            "army",
            Kind::Organization,
            opponent(Stance::ActiveOpposition, 5, 4),
        )
        .add_with(
            "militia",
            Kind::Organization,
            opponent(Stance::ActiveOpposition, 4, 5),
        )
        .add_with(
            "lobby",
            Kind::Organization,
            opponent(Stance::ActiveOpposition, 5, 3),
        )
        .add_with(
            "treasury",
            Kind::Target,
            opponent(Stance::PassiveOpposition, 5, 5),
        )
        .add_with(
            "minister",
            Kind::Individual,
            opponent(Stance::ActiveOpposition, 4, 4),
        );
    let gaps = analysis::gaps(sketch.map(), &Scope::AllCoalitions);
    assert_eq!(gaps.strong_opponents, ids(&["army", "militia", "minister"]));
}

#[test]
fn a_leadership_core_is_a_lead_member_whose_role_is_leadership_core() {
    let mut sketch = Sketch::new();
    sketch
        .add_with("core_lead", Kind::Organization, |s| {
            s.role = Role::LeadershipCore;
        })
        .add_with("partner_lead", Kind::Organization, |s| {
            s.role = Role::CorePartner;
        })
        .add_with("core_member", Kind::Organization, |s| {
            s.role = Role::LeadershipCore;
        })
        .coalition(
            "c1",
            &[
                ("partner_lead", MemberRole::Lead),
                ("core_member", MemberRole::Member),
            ],
        )
        .coalition(
            "c2",
            &[
                ("core_lead", MemberRole::Lead),
                ("partner_lead", MemberRole::Lead),
            ],
        );
    let gaps = analysis::gaps(sketch.map(), &Scope::AllCoalitions);
    assert!(gaps.coalitions[0].lacks_leadership_core());
    assert_eq!(gaps.coalitions[1].leadership_core, ids(&["core_lead"]));
}

#[test]
fn missing_contributions_and_low_commitment_are_gaps_of_a_coalition() {
    let mut sketch = Sketch::new();
    sketch
        .add_with("rich", Kind::Funder, |s| {
            s.contributions = vec![Contribution::Funding, Contribution::Contacts];
            s.commitment = 2;
        })
        .add_with("wise", Kind::Organization, |s| {
            s.contributions = Contribution::ALL
                .iter()
                .copied()
                .filter(|c| *c != Contribution::Staff && *c != Contribution::Power)
                .collect();
            s.commitment = 3;
        })
        .members("c1", &["rich", "wise"])
        .members("c2", &["wise"]);
    let gaps = analysis::gaps(sketch.map(), &Scope::AllCoalitions);
    let [c1, c2] = &gaps.coalitions[..] else {
        panic!("two coalitions")
    };
    assert_eq!(
        c1.missing_contributions,
        [Contribution::Staff, Contribution::Power]
    );
    assert_eq!(c1.average_commitment, Some(2.5));
    assert!(c1.has_low_commitment());
    assert_eq!(c2.average_commitment, Some(3.0));
    assert!(!c2.has_low_commitment(), "3 of 5 is not low");
}

// ---- Four Cs ---------------------------------------------------------------

/// A small coalition with something wrong in each of the four Cs.
fn troubled_coalition() -> Sketch {
    let mut sketch = Sketch::new();
    sketch
        .add_with("lead", Kind::Organization, |s| {
            s.role = Role::LeadershipCore;
            s.commitment = 3;
            s.expertise = vec!["legal".to_owned()];
            s.contributions = vec![Contribution::Expertise];
        })
        .add_with("waverer", Kind::Organization, |s| {
            s.stance = Stance::Neutral;
            s.commitment = 1;
        })
        .add_with("steady", Kind::Organization, |s| {
            s.commitment = 5;
            s.contributions = vec![Contribution::Staff];
        })
        .add_with("donor", Kind::Funder, |s| {
            s.contributions = vec![Contribution::Funding];
        })
        .targets(&["ministry", "council"])
        .strong("steady", "ministry")
        .strong("donor", "council")
        .coalition(
            "c1",
            &[
                ("lead", MemberRole::Lead),
                ("waverer", MemberRole::Member),
                ("steady", MemberRole::Member),
            ],
        );
    sketch
}

#[test]
fn empty_condition_notes_are_findings_and_filled_ones_pass() {
    let mut sketch = troubled_coalition();
    let health = analysis::coalition_health(sketch.map(), &CoalitionId::new("c1")).unwrap();
    for check in [Check::Salience, Check::Timing, Check::Feasibility] {
        let found = health.check(check).unwrap();
        assert!(!found.passed, "{check:?}");
        assert_eq!(found.area, FourC::Conditions);
    }
    assert!(health.check(Check::Objective).unwrap().passed);
    assert!(health.check(Check::Targets).unwrap().passed);
    sketch.apply(Edit::SetMeta(MapMeta {
        title: "Sketch".to_owned(),
        conditions: Conditions {
            salience: "Front page news".to_owned(),
            timing: "Council votes in May".to_owned(),
            feasibility: "Two swing votes".to_owned(),
        },
        ..MapMeta::default()
    }));
    let health = analysis::coalition_health(sketch.map(), &CoalitionId::new("c1")).unwrap();
    for check in [Check::Salience, Check::Timing, Check::Feasibility] {
        assert!(health.check(check).unwrap().passed, "{check:?}");
    }
}

#[test]
fn commitment_findings_name_the_wavering_and_the_non_allies() {
    let sketch = troubled_coalition();
    let health = analysis::coalition_health(sketch.map(), &CoalitionId::new("c1")).unwrap();
    // (3 + 1 + 5) / 3 = 3: the average is fine, one member is not.
    let commitment = health.check(Check::Commitment).unwrap();
    assert!(!commitment.passed);
    assert!(commitment.summary.contains("3.0"), "{}", commitment.summary);
    assert_eq!(commitment.stakeholders, ids(&["waverer"]));
    let allies = health.check(Check::Allies).unwrap();
    assert!(!allies.passed);
    assert_eq!(allies.stakeholders, ids(&["waverer"]));
}

#[test]
fn contribution_findings_name_recruits_members_without_and_targets_out_of_reach() {
    let sketch = troubled_coalition();
    let health = analysis::coalition_health(sketch.map(), &CoalitionId::new("c1")).unwrap();
    let kinds = health.check(Check::ContributionKinds).unwrap();
    assert!(!kinds.passed);
    assert!(kinds.summary.contains("funding"), "{}", kinds.summary);
    assert_eq!(
        kinds.stakeholders,
        ids(&["donor"]),
        "an ally outside who brings funding"
    );
    let members = health.check(Check::MembersContribute).unwrap();
    assert_eq!(members.stakeholders, ids(&["waverer"]));
    let reach = health.check(Check::Reach).unwrap();
    assert!(!reach.passed);
    assert_eq!(reach.stakeholders, ids(&["council"]));
    assert_eq!(reach.area, FourC::Contributions);
}

#[test]
fn competence_findings_look_at_the_leadership_core() {
    let sketch = troubled_coalition();
    let health = analysis::coalition_health(sketch.map(), &CoalitionId::new("c1")).unwrap();
    let core = health.check(Check::LeadershipCore).unwrap();
    assert!(core.passed);
    assert_eq!(core.stakeholders, ids(&["lead"]));
    let commitment = health.check(Check::CoreCommitment).unwrap();
    assert!(!commitment.passed, "3 is below the core's 4");
    assert_eq!(commitment.stakeholders, ids(&["lead"]));
    let expertise = health.check(Check::CoreExpertise).unwrap();
    assert!(!expertise.passed);
    assert!(
        expertise.summary.contains("only legal"),
        "{}",
        expertise.summary
    );
    assert!(health.checks.iter().all(|c| c.area == c.check.area()));
}

#[test]
fn a_coalition_without_a_core_names_its_leads_outside_the_core() {
    let mut sketch = Sketch::new();
    sketch
        .add_with("partner", Kind::Organization, |s| {
            s.role = Role::CorePartner;
        })
        .add("other", Kind::Organization)
        .coalition(
            "c1",
            &[("partner", MemberRole::Lead), ("other", MemberRole::Member)],
        );
    let health = analysis::coalition_health(sketch.map(), &CoalitionId::new("c1")).unwrap();
    let core = health.check(Check::LeadershipCore).unwrap();
    assert!(!core.passed);
    assert_eq!(core.stakeholders, ids(&["partner"]));
    assert!(
        health.check(Check::CoreExpertise).is_none(),
        "no core to judge"
    );
}

#[test]
fn a_healthy_coalition_passes_every_check() {
    let mut sketch = Sketch::new();
    sketch
        .add_with("core", Kind::Organization, |s| {
            s.role = Role::LeadershipCore;
            s.commitment = 5;
            s.expertise = vec!["legal".to_owned(), "media".to_owned()];
            s.contributions = Contribution::ALL.to_vec();
        })
        .targets(&["t"])
        .strong("core", "t")
        .coalition("c1", &[("core", MemberRole::Lead)]);
    sketch.apply(Edit::SetMeta(MapMeta {
        title: "Sketch".to_owned(),
        conditions: Conditions {
            salience: "High".to_owned(),
            timing: "Now".to_owned(),
            feasibility: "Good".to_owned(),
        },
        ..MapMeta::default()
    }));
    let health = analysis::coalition_health(sketch.map(), &CoalitionId::new("c1")).unwrap();
    let findings: Vec<_> = health.findings().collect();
    assert!(findings.is_empty(), "{findings:#?}");
    assert_eq!(health.checks.len(), 14);
}

// ---- People for a job ------------------------------------------------------

#[test]
fn people_for_a_job_are_ranked_by_expertise_then_stance_then_role() {
    let mut sketch = Sketch::new();
    let person = |tags: &[&str], stance: Stance, role: Role| {
        let tags: Vec<String> = tags.iter().map(|t| (*t).to_owned()).collect();
        move |s: &mut Stakeholder| {
            s.expertise = tags;
            s.stance = stance;
            s.role = role;
        }
    };
    sketch
        .add_with(
            "both",
            Kind::Organization,
            person(&["Legal", "policy"], Stance::Neutral, Role::External),
        )
        .add_with(
            "ally_network",
            Kind::Organization,
            person(&["legal"], Stance::ActiveAlly, Role::NetworkMember),
        )
        .add_with(
            "ally_partner",
            Kind::Organization,
            person(&["legal"], Stance::ActiveAlly, Role::CorePartner),
        )
        .add_with(
            "passive_core",
            Kind::Organization,
            person(&["legal"], Stance::PassiveAlly, Role::LeadershipCore),
        )
        .add_with(
            "unknown",
            Kind::Individual,
            person(&["legal"], Stance::Unknown, Role::LeadershipCore),
        )
        .add_with(
            "opponent",
            Kind::Organization,
            person(&["legal"], Stance::PassiveOpposition, Role::External),
        )
        .add_with(
            "court",
            Kind::Target,
            person(&["legal"], Stance::ActiveAlly, Role::External),
        )
        .add_with(
            "paralegal",
            Kind::Organization,
            person(&["paralegal"], Stance::ActiveAlly, Role::External),
        )
        .add_with(
            "press",
            Kind::Media,
            person(&["media"], Stance::ActiveAlly, Role::External),
        );
    let ranked = |query: &JobQuery| -> Vec<String> {
        analysis::find_people(sketch.map(), query)
            .into_iter()
            .map(|c| c.stakeholder.to_string())
            .collect()
    };
    let query = JobQuery::expertise([" legal", "POLICY"]);
    assert_eq!(
        ranked(&query),
        [
            "both",
            "ally_partner",
            "ally_network",
            "passive_core",
            "unknown"
        ]
    );
    assert_eq!(
        ranked(&query.clone().allies_only()),
        ["ally_partner", "ally_network", "passive_core"]
    );
    let found = analysis::find_people(sketch.map(), &query);
    assert_eq!(found[0].matched, ["Legal", "policy"]);
    assert_eq!(ranked(&JobQuery::expertise(["media"])), ["press"]);
}

#[test]
fn members_of_the_chosen_coalition_come_before_equals_outside_it() {
    let mut sketch = Sketch::new();
    let legal = |s: &mut Stakeholder| s.expertise = vec!["legal".to_owned()];
    sketch
        .add_with("a_outsider", Kind::Organization, legal)
        .add_with("b_insider", Kind::Organization, legal)
        .add_with("c_elsewhere", Kind::Organization, legal)
        .members("c1", &["b_insider"])
        .members("c2", &["c_elsewhere"]);
    let ranked = |query: JobQuery| -> Vec<String> {
        analysis::find_people(sketch.map(), &query)
            .into_iter()
            .map(|c| c.stakeholder.to_string())
            .collect()
    };
    let query = JobQuery::expertise(["legal"]);
    assert_eq!(
        ranked(query.clone()),
        ["b_insider", "c_elsewhere", "a_outsider"]
    );
    assert_eq!(
        ranked(query.in_coalition(CoalitionId::new("c2"))),
        ["c_elsewhere", "a_outsider", "b_insider"]
    );
}

// ---- The whole analysis and its report -------------------------------------

/// A small campaign with a route, a broker, a single point of failure, an
/// unreachable target and a strong opponent.
fn campaign() -> Sketch {
    let mut sketch = Sketch::new();
    sketch
        .add_named(
            "amnesty",
            "Amnesty *International*",
            Kind::Organization,
            |s| {
                s.role = Role::LeadershipCore;
                s.commitment = 5;
                s.expertise = vec!["research".to_owned(), "media".to_owned()];
            },
        )
        .add_named("faith", "Faith leaders", Kind::Organization, |s| {
            s.commitment = 4;
        })
        .add_named("france", "French mission", Kind::Individual, |_| {})
        .add_named("unsc", "UN Security Council", Kind::Target, |_| {})
        .add_named("au", "African Union", Kind::Target, |_| {})
        .add_named("armed", "Armed group", Kind::Organization, |s| {
            s.stance = Stance::ActiveOpposition;
            s.power = 5;
            s.interest = 5;
        })
        .relate("amnesty", RelationKind::HasAccessTo, "france")
        .relate_with("faith", RelationKind::Influences, "france", |r| {
            r.confidence = Confidence::Uncertain;
        })
        .strong("france", "unsc")
        .relate("armed", RelationKind::Opposes, "unsc")
        .coalition(
            "c1",
            &[("amnesty", MemberRole::Lead), ("faith", MemberRole::Member)],
        );
    sketch
}

#[test]
fn the_report_reads_as_markdown_for_a_coordinator() {
    let sketch = campaign();
    let map = sketch.map();
    let analysis = analysis::analyse(map, &Options::default());
    let text = analysis::report::markdown(map, &analysis);
    for expected in [
        "# Analysis of Sketch",
        "### UN Security Council",
        "Reached by 2 of 2 members:",
        "1. Amnesty \\*International\\* —has access to→ French mission —influences→ UN Security Council (cost 3)",
        "2. Faith leaders —influences, uncertain→ French mission —influences→ UN Security Council (cost 5)",
        "**Only through French mission**",
        "### African Union\n\n**No member can reach it.**",
        "| French mission | 2 | UN Security Council |",
        "**Strong active opponents** (power and interest 4 or more): Armed group (power 5, interest 5).",
        "- [ ] Timing is not noted",
        "- [x] Leadership core: Amnesty \\*International\\*.",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
    let target = analysis.paths.target(&id("unsc")).unwrap();
    let one = analysis::report::target_markdown(map, &analysis.paths, target);
    assert!(
        one.starts_with("# Routes to UN Security Council\n"),
        "{one}"
    );
    assert!(!one.contains("African Union"), "{one}");
}

#[test]
fn the_analysis_survives_json_and_a_trip_to_another_thread() {
    let sketch = campaign();
    let map = sketch.map().clone();
    let analysis = std::thread::spawn(move || analysis::analyse(&map, &Options::default()))
        .join()
        .unwrap();
    let json = analysis::report::json(&analysis).unwrap();
    let back: Analysis = serde_json::from_str(&json).unwrap();
    // Floats may come back one bit off; everything else exactly.
    assert_eq!(back.paths, analysis.paths);
    assert_eq!(back.gaps, analysis.gaps);
    assert_eq!(back.health, analysis.health);
    assert_eq!(back.centrality.rows.len(), analysis.centrality.rows.len());
    assert!(json.contains("\"only_through\": [\n"), "{json}");
}

#[test]
fn the_same_map_entered_in_another_order_gives_the_same_report() {
    let forwards = campaign();
    let text = powermap::file::to_ron_string(forwards.map()).unwrap();
    let reloaded = powermap::file::load_str(&text).unwrap();
    let a = analysis::analyse(forwards.map(), &Options::default());
    let b = analysis::analyse(&reloaded, &Options::default());
    assert_eq!(
        analysis::report::markdown(forwards.map(), &a),
        analysis::report::markdown(&reloaded, &b)
    );
}

#[test]
fn an_empty_map_has_an_empty_analysis_and_a_short_report() {
    let map = Map::new("Empty");
    let analysis = analysis::analyse(&map, &Options::default());
    assert!(analysis.paths.targets.is_empty());
    assert!(analysis.centrality.rows.is_empty());
    let text = analysis::report::markdown(&map, &analysis);
    assert!(text.contains("The map has no targets"), "{text}");
    assert!(text.contains("The map has no coalitions."), "{text}");
}

#[test]
fn a_generated_map_analyses_without_surprises() {
    let map = analysis::generated_map(300, 600, 7);
    assert_eq!(map.stakeholder_count(), 300);
    let analysis = analysis::analyse(&map, &Options::default());
    assert_eq!(analysis.centrality.rows.len(), 300);
    assert_eq!(analysis.centrality.sampled_from, None);
    assert_eq!(analysis.health.len(), 5);
    for target in &analysis.paths.targets {
        assert!(target.routes.len() <= 3);
        assert!(target.routes.windows(2).all(|w| w[0].cost <= w[1].cost));
        for route in &target.routes {
            assert_eq!(route.steps.last().unwrap().to, target.target);
            assert_eq!(route.cost, route.steps.iter().map(|s| s.cost).sum::<u32>());
        }
    }
}

// ---- Golden reports of the bundled examples --------------------------------

#[test]
fn the_bundled_examples_reports_match_their_golden_files() {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let folder = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let mut stale = Vec::new();
    for example in powermap::examples::EXAMPLES {
        let map = powermap::file::load_str(example.text).unwrap();
        // Overdue jobs and cold relations are counted on a day of the examples' plan.
        let options = Options {
            today: Some(powermap::model::Day::parse("2026-12-01").unwrap()),
            ..Options::default()
        };
        let analysis = analysis::analyse(&map, &options);
        let report = analysis::report::markdown(&map, &analysis);
        let path = folder.join(example.file_name.replace(".ron", ".md"));
        if update {
            std::fs::create_dir_all(&folder).unwrap();
            std::fs::write(&path, &report).unwrap();
            continue;
        }
        let golden = std::fs::read_to_string(&path).unwrap_or_default();
        if golden != report {
            stale.push(path.display().to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "these reports changed: {stale:?}; review them and rerun with UPDATE_GOLDEN=1"
    );
}

// ---- What `powermap stats` prints ------------------------------------------

#[test]
fn stats_prints_the_counts_then_the_analysis() {
    let sketch = campaign();
    let text = stats_report(sketch.map(), StatsFormat::Text, None, None).unwrap();
    let counts = text.find("By kind").unwrap();
    let analysis = text.find("# Analysis of Sketch").unwrap();
    assert!(counts < analysis, "{text}");
}

#[test]
fn stats_json_keeps_the_counts_and_adds_the_analysis() {
    let sketch = campaign();
    let text = stats_report(sketch.map(), StatsFormat::Json, None, None).unwrap();
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["stakeholders"], 6);
    assert_eq!(
        value["analysis"]["gaps"]["unreachable_targets"],
        serde_json::json!(["au"])
    );
}

#[test]
fn stats_for_one_target_finds_it_by_name_or_id_and_says_when_it_cannot() {
    let sketch = campaign();
    let map = sketch.map();
    let by_name = stats_report(map, StatsFormat::Text, Some("un security council"), None);
    let by_id = stats_report(map, StatsFormat::Text, Some("unsc"), None);
    let by_name = by_name.unwrap();
    assert_eq!(by_name, by_id.unwrap());
    assert!(by_name.starts_with("# Routes to UN Security Council"));
    let json = stats_report(map, StatsFormat::Json, Some("unsc"), None).unwrap();
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["members_reaching"], 2);
    let unknown = stats_report(map, StatsFormat::Text, Some("Moon"), None)
        .unwrap_err()
        .to_string();
    assert!(unknown.contains("“African Union”"), "{unknown}");
    let coalition = stats_report(map, StatsFormat::Text, None, Some("Nobody"))
        .unwrap_err()
        .to_string();
    assert!(coalition.contains("“Coalition c1”"), "{coalition}");
    let scoped = stats_report(map, StatsFormat::Text, Some("unsc"), Some("coalition C1"));
    assert!(scoped.unwrap().contains("the coalition “Coalition c1”"));
}

// ---- Only through: the definition, checked on random maps ------------------

mod only_through_is_every_stakeholder_without_whom_no_member_gets_through {
    use super::*;
    use proptest::prelude::*;

    /// A map of `size` stakeholders `n0..`, the last a target, the first
    /// `members` of them members, and influence along `arcs` (strength 1–3;
    /// a mutual one carries both ways), leaving out every relation of `without`.
    fn sketch(
        size: usize,
        members: usize,
        arcs: &[(usize, usize, u8, bool)],
        without: Option<usize>,
    ) -> Map {
        let mut sketch = Sketch::new();
        let names: Vec<String> = (0..size).map(|i| format!("n{i}")).collect();
        for (i, name) in names.iter().enumerate() {
            let kind = if i + 1 == size {
                Kind::Target
            } else {
                Kind::Organization
            };
            sketch.add(name, kind);
        }
        for &(from, to, strength, mutual) in arcs {
            let (from, to) = (from % size, to % size);
            if from == to || without.is_some_and(|x| x == from || x == to) {
                continue;
            }
            sketch.relate_with(&names[from], RelationKind::Influences, &names[to], |r| {
                r.strength = strength;
                r.mutual = mutual;
            });
        }
        let members: Vec<&str> = names[..members].iter().map(String::as_str).collect();
        sketch.members("c1", &members);
        sketch.map
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        #[test]
        fn on_random_maps(
            size in 3usize..11,
            members in 1usize..4,
            arcs in prop::collection::vec((0usize..11, 0usize..11, 1u8..4, any::<bool>()), 0..30),
        ) {
            let members = members.min(size - 1);
            let target = format!("n{}", size - 1);
            let found = paths_to(&sketch(size, members, &arcs, None), &target);
            let mut expected: Vec<StakeholderId> = Vec::new();
            if found.members_reaching > 0 {
                for x in members..size - 1 {
                    let around = paths_to(&sketch(size, members, &arcs, Some(x)), &target);
                    if around.members_reaching == 0 {
                        expected.push(id(&format!("n{x}")));
                    }
                }
            }
            let mut listed = found.only_through.clone();
            listed.sort();
            expected.sort();
            prop_assert_eq!(listed, expected);
            // Listed in route order: each one is on the best route, in turn.
            let route: Vec<StakeholderId> = found.routes.first().map(|r| r.stakeholders().cloned().collect()).unwrap_or_default();
            let places: Vec<usize> = found.only_through.iter().filter_map(|x| route.iter().position(|r| r == x)).collect();
            prop_assert_eq!(places.len(), found.only_through.len());
            prop_assert!(places.windows(2).all(|w| w[0] < w[1]));
        }
    }
}

#[test]
fn a_run_counts_its_targets_as_it_finds_their_routes() {
    let map = analysis::generated_map(400, 800, 7);
    let targets = map
        .stakeholders()
        .filter(|s| s.kind == Kind::Target)
        .count();
    assert!(targets > 3, "the generated map has targets");
    let progress = analysis::Progress::default();
    assert_eq!(progress.counts(), (0, 0));
    let analysis = analysis::analyse_with(&map, &Options::default(), &progress);
    assert_eq!(progress.counts(), (targets, targets));
    let again = analysis::analyse(&map, &Options::default());
    assert_eq!(analysis.paths, again.paths);
    assert_eq!(analysis.gaps, again.gaps);
    assert_eq!(analysis.health, again.health);
    for (a, b) in analysis.centrality.rows.iter().zip(&again.centrality.rows) {
        assert_eq!(a.stakeholder, b.stakeholder);
        assert!((a.betweenness - b.betweenness).abs() < 1e-9, "{a:?} {b:?}");
        assert!((a.closeness - b.closeness).abs() < 1e-9, "{a:?} {b:?}");
    }
}
