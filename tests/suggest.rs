//! Who should do a job of the plan: the suggestions ranked and explained,
//! on small hand-built maps whose answers are known, and on the bundled
//! example's Council brief.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use jiff::Timestamp;
use powermap::analysis::{Suggestion, Why, suggest};
use powermap::edit::Edit;
use powermap::model::{
    Coalition, CoalitionId, Contribution, Job, JobId, Kind, Map, Member, MemberRole, Relation,
    RelationId, RelationKind, Role, Stakeholder, StakeholderId, Stance,
};

fn now() -> Timestamp {
    "2026-03-12T13:05:00Z".parse().unwrap()
}

/// A map of active allies, each named after its id, with middle scores.
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

    fn add(&mut self, id: &str, kind: Kind, change: impl FnOnce(&mut Stakeholder)) -> &mut Self {
        let mut stakeholder = Stakeholder::new(StakeholderId::new(id), id, kind);
        stakeholder.stance = Stance::ActiveAlly;
        change(&mut stakeholder);
        Edit::AddStakeholder(stakeholder)
            .apply(&mut self.map)
            .unwrap();
        self
    }

    fn expert(&mut self, id: &str, tags: &[&str]) -> &mut Self {
        self.add(id, Kind::Organization, |s| {
            s.expertise = tags.iter().map(|t| (*t).to_owned()).collect();
        })
    }

    /// "from influences to" of this strength (3: a step costing 1).
    fn influences(&mut self, from: &str, to: &str, strength: u8) -> &mut Self {
        self.relations += 1;
        let mut relation = Relation::new(
            RelationId::new(format!("r{}", self.relations)),
            StakeholderId::new(from),
            StakeholderId::new(to),
            RelationKind::Influences,
        );
        relation.strength = strength;
        Edit::AddRelation(relation).apply(&mut self.map).unwrap();
        self
    }

    fn coalition(&mut self, id: &str, members: &[&str]) -> &mut Self {
        let mut coalition = Coalition::new(CoalitionId::new(id), format!("Coalition {id}"));
        coalition.members = members
            .iter()
            .map(|m| Member {
                stakeholder: StakeholderId::new(*m),
                role: MemberRole::Member,
            })
            .collect();
        Edit::AddCoalition(coalition).apply(&mut self.map).unwrap();
        self
    }
}

fn job(expertise: &[&str]) -> Job {
    let mut job = Job::new(JobId::new("j1"), "Write the brief");
    job.expertise = expertise.iter().map(|t| (*t).to_owned()).collect();
    job
}

fn ranked(suggestions: &[Suggestion]) -> Vec<&str> {
    suggestions.iter().map(|s| s.stakeholder.as_str()).collect()
}

fn points_for(suggestion: &Suggestion, why: impl Fn(&Why) -> bool) -> Option<u32> {
    suggestion
        .reasons
        .iter()
        .find(|r| why(&r.why))
        .map(|r| r.points)
}

#[test]
fn two_matching_tags_beat_a_better_role_with_one() {
    let mut sketch = Sketch::new();
    sketch
        .add("writer", Kind::Organization, |s| {
            s.expertise = vec!["Research".to_owned(), "policy".to_owned()];
            s.role = Role::NetworkMember;
        })
        .add("lead", Kind::Organization, |s| {
            s.expertise = vec!["policy".to_owned()];
            s.role = Role::LeadershipCore;
        });
    let found = suggest(&sketch.map, &job(&["research", "policy"]), now());
    assert_eq!(ranked(&found), ["writer", "lead"]);
    // 20 for the tags, 4 for commitment 3, 2 for the role, 6 as an active ally.
    assert_eq!(found[0].points, 32);
    assert_eq!(found[0].matched_expertise(), ["Research", "policy"]);
    assert_eq!(found[1].points, 26);
    assert_eq!(
        points_for(&found[1], |w| *w == Why::Role(Role::LeadershipCore)),
        Some(6)
    );
}

#[test]
fn opponents_targets_and_people_without_what_is_needed_are_not_suggested() {
    let mut sketch = Sketch::new();
    sketch
        .expert("ally", &["media"])
        .add("opponent", Kind::Organization, |s| {
            s.expertise = vec!["media".to_owned()];
            s.stance = Stance::PassiveOpposition;
        })
        .add("council", Kind::Target, |s| {
            s.expertise = vec!["media".to_owned()];
        })
        .expert("lawyer", &["legal"]);
    let found = suggest(&sketch.map, &job(&["media"]), now());
    assert_eq!(ranked(&found), ["ally"]);
    // A job that needs nothing in particular considers every ally.
    let anyone = suggest(&sketch.map, &job(&[]), now());
    assert_eq!(ranked(&anyone), ["ally", "lawyer"]);
}

#[test]
fn contributions_count_as_well_as_expertise() {
    let mut sketch = Sketch::new();
    sketch
        .add("funder", Kind::Funder, |s| {
            s.contributions = vec![Contribution::Funding, Contribution::Contacts];
        })
        .add("staff", Kind::Organization, |s| {
            s.contributions = vec![Contribution::Staff];
        })
        .expert("none", &["media"]);
    let mut needs = job(&[]);
    needs.contributions = vec![Contribution::Funding, Contribution::Contacts];
    let found = suggest(&sketch.map, &needs, now());
    assert_eq!(ranked(&found), ["funder"]);
    assert_eq!(
        found[0].reasons[0].why,
        Why::Contributions(vec![Contribution::Funding, Contribution::Contacts])
    );
    assert_eq!(found[0].reasons[0].points, 10);
}

#[test]
fn for_a_job_aimed_at_a_target_a_shorter_route_wins_between_equals() {
    let mut sketch = Sketch::new();
    sketch
        .expert("near", &["media"])
        .expert("far", &["media"])
        .expert("broker", &[])
        .expert("away", &["media"])
        .add("minister", Kind::Target, |_| {})
        .influences("near", "minister", 3)
        .influences("far", "broker", 3)
        .influences("broker", "minister", 3);
    let mut aimed = job(&["media"]);
    aimed.target = Some(StakeholderId::new("minister"));
    let found = suggest(&sketch.map, &aimed, now());
    assert_eq!(ranked(&found), ["near", "far", "away"]);
    let near = found[0].route.as_ref().unwrap();
    assert_eq!(near.cost, 1);
    assert_eq!(
        points_for(&found[0], |w| matches!(w, Why::Route { .. })),
        Some(8)
    );
    let far = found[1].route.as_ref().unwrap();
    let through: Vec<&str> = far.stakeholders().map(StakeholderId::as_str).collect();
    assert_eq!(through, ["far", "broker", "minister"]);
    assert_eq!(
        found[1].reasons.last().unwrap().why,
        Why::Route { steps: 2, cost: 2 }
    );
    assert!(found[2].route.is_none());
}

#[test]
fn members_of_the_jobs_coalition_come_first_between_equals() {
    let mut sketch = Sketch::new();
    sketch
        .expert("outsider", &["legal"])
        .expert("member", &["legal"])
        .expert("elsewhere", &["legal"])
        .coalition("c1", &["member"])
        .coalition("c2", &["elsewhere"]);
    let mut lawyers = job(&["legal"]);
    lawyers.coalition = Some(CoalitionId::new("c1"));
    let found = suggest(&sketch.map, &lawyers, now());
    assert_eq!(ranked(&found), ["member", "elsewhere", "outsider"]);
    assert_eq!(
        points_for(&found[0], |w| matches!(w, Why::Member(Some(_)))),
        Some(8)
    );
    // A job of the whole map prefers members of any coalition, a little.
    let found = suggest(&sketch.map, &job(&["legal"]), now());
    assert_eq!(ranked(&found), ["elsewhere", "member", "outsider"]);
    assert_eq!(
        points_for(&found[0], |w| matches!(w, Why::Member(None))),
        Some(4)
    );
}

#[test]
fn each_suggestion_says_the_persons_local_time() {
    let mut sketch = Sketch::new();
    sketch
        .add("gva", Kind::Individual, |s| {
            "Délégation à Genève".clone_into(&mut s.name);
            s.expertise = vec!["media".to_owned()];
            s.place = "Genève".to_owned();
            s.time_zone = "Europe/Zurich".to_owned();
        })
        .add("del", Kind::Individual, |s| {
            "مكتب دلهي".clone_into(&mut s.name);
            s.expertise = vec!["media".to_owned()];
            s.place = "नई दिल्ली".to_owned();
            s.time_zone = "Asia/Kolkata".to_owned();
        })
        .add("nyc", Kind::Individual, |s| {
            "纽约办事处".clone_into(&mut s.name);
            s.expertise = vec!["media".to_owned()];
            s.time_zone = "America/New_York".to_owned();
        })
        .expert("nowhere", &["media"]);
    let found = suggest(&sketch.map, &job(&["media"]), now());
    let time_of = |id: &str| {
        found
            .iter()
            .find(|s| s.stakeholder.as_str() == id)
            .unwrap()
            .local_time
            .clone()
    };
    assert_eq!(time_of("gva").as_deref(), Some("14:05 (Thu, UTC+01:00)"));
    assert_eq!(time_of("del").as_deref(), Some("18:35 (Thu, UTC+05:30)"));
    assert_eq!(time_of("nyc").as_deref(), Some("09:05 (Thu, UTC-04:00)"));
    assert_eq!(time_of("nowhere"), None);
}

#[test]
fn the_order_is_the_same_whatever_order_stakeholders_were_added_in() {
    let build = |ids: &[&str]| {
        let mut sketch = Sketch::new();
        for id in ids {
            sketch.expert(id, &["media"]);
        }
        suggest(&sketch.map, &job(&["media"]), now())
    };
    let one = build(&["b", "a", "c"]);
    let other = build(&["c", "b", "a"]);
    assert_eq!(ranked(&one), ["a", "b", "c"]);
    assert_eq!(one, other);
}

#[test]
fn the_examples_council_brief_is_best_written_by_the_researchers_who_do_policy() {
    let example = &powermap::examples::EXAMPLES[0];
    assert_eq!(example.file_name, "protection-of-civilians.ron");
    let map = powermap::file::load_str(example.text).unwrap();
    let brief = map
        .plan()
        .jobs()
        .find(|job| job.title == "Write the brief for the Council")
        .unwrap();
    let evidence = brief.coalition.clone().unwrap();
    assert_eq!(
        map.coalition(&evidence).unwrap().name,
        "Evidence coalition on the Eastern Region"
    );
    let found = suggest(&map, brief, now());
    let best = map.stakeholder(&found[0].stakeholder).unwrap();
    assert_eq!(best.name, "Northern Human Rights Watchgroup");
    assert!(best.expertise.iter().any(|t| t == "research"));
    assert!(best.expertise.iter().any(|t| t == "policy"));
    // The only one in the evidence coalition with both.
    let both: Vec<&str> = map
        .coalition(&evidence)
        .unwrap()
        .members
        .iter()
        .filter_map(|m| map.stakeholder(&m.stakeholder))
        .filter(|s| {
            ["research", "policy"]
                .iter()
                .all(|t| s.expertise.iter().any(|e| e == t))
        })
        .map(|s| s.name.as_str())
        .collect();
    assert_eq!(both, ["Northern Human Rights Watchgroup"]);
    assert!(
        found[0]
            .reasons
            .iter()
            .any(|r| r.why == Why::Member(Some(evidence.clone())))
    );
    assert_eq!(
        found[0].local_time.as_deref(),
        Some("13:05 (Thu, UTC+00:00)")
    );
    // The spokespeople job lines up people in three time zones.
    let spokespeople = map
        .plan()
        .jobs()
        .find(|job| job.title == "Spokespeople in three time zones")
        .unwrap();
    let spokespeople = suggest(&map, spokespeople, now());
    let mut zones: Vec<&str> = spokespeople
        .iter()
        .filter(|s| s.local_time.is_some())
        .map(|s| s.time_zone.as_str())
        .collect();
    zones.sort_unstable();
    zones.dedup();
    assert!(zones.len() >= 3, "{zones:?}");
}
