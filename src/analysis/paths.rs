//! Influence paths: which relations carry influence and which way, what a
//! step costs, and the best routes from a coalition's members to each target,
//! with the brokers on them and the stakeholders a target is reachable only
//! through.
//!
//! # Which relations carry influence, and which way
//!
//! | relation "A … B" | carries influence | why |
//! |---|---|---|
//! | A influences B | A → B | what the relation says |
//! | A has access to B | A → B | A can put a message in front of B |
//! | A funds B | A → B | a funder has leverage over its grantee |
//! | A is a member of B | A → B | a member has a voice inside the body it sits in (a state on a council, an NGO in a network) |
//! | A reports to B | A → B | the one who reports briefs the one reported to; that is the channel a coalition uses to get a message up to a decision maker |
//! | A is allied with B | both ways | an alliance runs both ways, whatever the arrow |
//! | A opposes B | never | an opponent relays nothing, even when the relation is mutual |
//! | cooperates, coordinates, collaborates | no | they describe how members work together, not a channel to a target; a route never needs to pass through another member (see below) |
//! | custom kinds | no | the map's authors know what they mean; the analysis does not |
//!
//! A mutual relation of a kind that carries influence carries it both ways.
//! The other direction of "member of" and "reports to" (a body directing its
//! members, a superior instructing a subordinate) is not assumed: draw an
//! "influences" relation where it matters.
//!
//! # What a route costs
//!
//! Each step costs 1 along a strong relation (strength 3), 2 along a middle
//! one and 3 along a weak one, and twice that when the relation is uncertain.
//! A route costs the sum of its steps, so a short, strong, confirmed chain is
//! the best. Where several relations join the same two stakeholders the same
//! way, the cheapest carries the influence (the one with the lower id on a
//! tie).
//!
//! # Routes
//!
//! A route starts at a member of the coalition in scope and ends at a
//! target; it passes through no other member, since that member's own route
//! would be shorter. For each target, each member that can reach it has one
//! route, its cheapest; routes are listed cheapest first, then with fewest
//! steps, then by member id. The stakeholders between the member and the
//! target are the route's brokers.

use std::collections::HashMap;

use petgraph::Direction;
use petgraph::graph::{DiGraph, EdgeIndex, NodeIndex};
use petgraph::visit::EdgeRef;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use super::Progress;
use crate::model::{
    CoalitionId, Confidence, Kind, Map, Relation, RelationId, RelationKind, Stakeholder,
    StakeholderId,
};

/// How a kind of relation carries influence between its two stakeholders.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Flow {
    /// From the relation's `from` to its `to`; both ways when it is mutual.
    Along,
    /// Both ways, whatever the arrow says.
    BothWays,
    /// Not at all.
    Nothing,
}

/// How a kind of relation carries influence (see the table in the module docs).
pub fn flow(kind: &RelationKind) -> Flow {
    match kind {
        RelationKind::Influences
        | RelationKind::HasAccessTo
        | RelationKind::Funds
        | RelationKind::MemberOf
        | RelationKind::ReportsTo => Flow::Along,
        RelationKind::AlliedWith => Flow::BothWays,
        RelationKind::Opposes
        | RelationKind::Cooperates
        | RelationKind::Coordinates
        | RelationKind::Collaborates
        | RelationKind::Custom(_) => Flow::Nothing,
    }
}

/// Whether a relation carries influence from its `from` to its `to`, and
/// from its `to` back to its `from`.
pub fn carries(relation: &Relation) -> (bool, bool) {
    match flow(&relation.kind) {
        Flow::Along => (true, relation.mutual),
        Flow::BothWays => (true, true),
        Flow::Nothing => (false, false),
    }
}

/// What one step along a relation costs: 1 strong, 2 middle, 3 weak, and
/// twice that when the relation is uncertain.
pub fn step_cost(relation: &Relation) -> u32 {
    let by_strength = 4 - u32::from(relation.strength.clamp(1, 3));
    match relation.confidence {
        Confidence::Confirmed => by_strength,
        Confidence::Uncertain => 2 * by_strength,
    }
}

/// Whose members the routes start from.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Scope {
    /// The members of every coalition of the map.
    #[default]
    AllCoalitions,
    /// The members of one coalition; none if the map has no such coalition.
    Coalition(CoalitionId),
}

impl Scope {
    /// The stakeholders routes start from, in id order.
    pub fn members(&self, map: &Map) -> Vec<StakeholderId> {
        let mut members: Vec<StakeholderId> = match self {
            Scope::AllCoalitions => map
                .coalitions()
                .flat_map(|c| c.members.iter().map(|m| m.stakeholder.clone()))
                .collect(),
            Scope::Coalition(id) => map
                .coalition(id)
                .map(|c| c.members.iter().map(|m| m.stakeholder.clone()).collect())
                .unwrap_or_default(),
        };
        members.sort();
        members.dedup();
        members
    }

    /// The coalitions in scope, in id order.
    pub fn coalitions<'a>(&self, map: &'a Map) -> Vec<&'a crate::model::Coalition> {
        match self {
            Scope::AllCoalitions => map.coalitions().collect(),
            Scope::Coalition(id) => map.coalition(id).into_iter().collect(),
        }
    }
}

/// One step of a route: a relation followed the way it carries influence.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Step {
    pub from: StakeholderId,
    pub to: StakeholderId,
    pub relation: RelationId,
    pub kind: RelationKind,
    pub strength: u8,
    pub confidence: Confidence,
    /// Whether the step goes against the relation's arrow (a mutual or
    /// "allied with" relation followed from its `to` to its `from`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub reversed: bool,
    pub cost: u32,
}

/// The best route from one member to one target.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Route {
    /// The member the route starts at.
    pub from: StakeholderId,
    pub steps: Vec<Step>,
    /// The sum of the steps' costs.
    pub cost: u32,
}

impl Route {
    /// The stakeholders between the member and the target, in route order.
    pub fn brokers(&self) -> impl Iterator<Item = &StakeholderId> {
        let between = self.steps.len().saturating_sub(1);
        self.steps.iter().take(between).map(|step| &step.to)
    }

    /// Every stakeholder on the route, from the member to the target.
    pub fn stakeholders(&self) -> impl Iterator<Item = &StakeholderId> {
        std::iter::once(&self.from).chain(self.steps.iter().map(|step| &step.to))
    }
}

/// How many routes a stakeholder stands on as a broker.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RouteCount {
    pub stakeholder: StakeholderId,
    pub routes: usize,
}

/// Who can reach one target and through whom.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TargetPaths {
    pub target: StakeholderId,
    /// The target is itself a member in scope, so it needs no route.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub target_is_member: bool,
    /// How many members have a route to the target.
    pub members_reaching: usize,
    /// The best routes, cheapest first, one per member, at most as many as asked.
    pub routes: Vec<Route>,
    /// The brokers on every member's route to this target (not only the
    /// routes listed), on most routes first.
    pub brokers: Vec<RouteCount>,
    /// The stakeholders every route from every member passes through: if
    /// one of them is lost, no member reaches the target. In route order,
    /// from the members' side.
    pub only_through: Vec<StakeholderId>,
}

impl TargetPaths {
    /// No member can reach the target (and it is not a member itself).
    pub fn is_unreachable(&self) -> bool {
        self.members_reaching == 0 && !self.target_is_member
    }
}

/// A stakeholder between the members and the targets.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Broker {
    pub stakeholder: StakeholderId,
    /// On how many member → target routes it stands between the two.
    pub routes: usize,
    /// The targets those routes reach, in id order.
    pub targets: Vec<StakeholderId>,
}

/// The influence paths of a map from the members in one scope.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct InfluencePaths {
    pub scope: Scope,
    /// The members routes start from, in id order.
    pub members: Vec<StakeholderId>,
    /// One entry per target (stakeholders of kind target), in id order.
    pub targets: Vec<TargetPaths>,
    /// Stakeholders standing between members and targets on at least one
    /// member's best route, on most routes first.
    pub brokers: Vec<Broker>,
}

impl InfluencePaths {
    pub fn target(&self, id: &StakeholderId) -> Option<&TargetPaths> {
        self.targets.iter().find(|t| &t.target == id)
    }
}

/// The best routes from the members in `scope` to every target, at most
/// `routes_per_target` listed per target, with the brokers and single points
/// of failure.
pub fn influence_paths(map: &Map, scope: &Scope, routes_per_target: usize) -> InfluencePaths {
    influence_paths_in(
        &Network::of(map),
        map,
        scope,
        routes_per_target,
        &Progress::default(),
    )
}

/// The routes to one stakeholder, as [`influence_paths`] gives them for a
/// target; `None` when the map has no such stakeholder. Works for any
/// stakeholder, not only targets.
pub fn paths_to(
    map: &Map,
    scope: &Scope,
    target: &StakeholderId,
    routes_per_target: usize,
) -> Option<TargetPaths> {
    let network = Network::of(map);
    let node = network.node(target)?;
    let search = RouteSearch::new(&network, &scope.members(map));
    Some(
        search
            .to_target(node, routes_per_target, &mut Scratch::default())
            .0,
    )
}

pub(crate) fn influence_paths_in(
    network: &Network<'_>,
    map: &Map,
    scope: &Scope,
    routes_per_target: usize,
    progress: &Progress,
) -> InfluencePaths {
    let members = scope.members(map);
    let search = RouteSearch::new(network, &members);
    let targets: Vec<NodeIndex> = network
        .stakeholders
        .iter()
        .enumerate()
        .filter(|(_, s)| s.kind == Kind::Target)
        .map(|(i, _)| NodeIndex::new(i))
        .collect();
    // Each target's search is its own: they share the cores, and come back
    // in target order whatever finishes first.
    progress.start(targets.len());
    let found: Vec<(TargetPaths, Vec<(usize, NodeIndex)>)> = targets
        .par_iter()
        .map_init(Scratch::default, |scratch, &target| {
            let found = search.to_target(target, routes_per_target, scratch);
            progress.one_done();
            found
        })
        .collect();
    // Targets come in id order, so each broker's list of them is too.
    let mut tally: HashMap<NodeIndex, (usize, Vec<NodeIndex>)> = HashMap::new();
    for (&target, (_, on_routes)) in targets.iter().zip(&found) {
        for &(routes, broker) in on_routes {
            let (total, targets) = tally.entry(broker).or_default();
            *total += routes;
            targets.push(target);
        }
    }
    let mut brokers: Vec<Broker> = tally
        .into_iter()
        .map(|(node, (routes, targets))| Broker {
            stakeholder: network.id(node).clone(),
            routes,
            targets: targets.into_iter().map(|t| network.id(t).clone()).collect(),
        })
        .collect();
    brokers.sort_by(|a, b| {
        b.routes
            .cmp(&a.routes)
            .then(b.targets.len().cmp(&a.targets.len()))
            .then_with(|| a.stakeholder.cmp(&b.stakeholder))
    });
    InfluencePaths {
        scope: scope.clone(),
        members,
        targets: found.into_iter().map(|(paths, _)| paths).collect(),
        brokers,
    }
}

/// One arc of the influence network: a relation followed one way.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Arc {
    /// Index into [`Network::relations`].
    pub(crate) relation: usize,
    pub(crate) reversed: bool,
    pub(crate) cost: u32,
}

/// The influence network of a map: stakeholders in id order as nodes
/// `0..n`, and one arc per pair of stakeholders and direction that some
/// relation carries influence along (the cheapest such relation).
pub(crate) struct Network<'a> {
    pub(crate) stakeholders: Vec<&'a Stakeholder>,
    relations: Vec<&'a Relation>,
    node_of: HashMap<&'a StakeholderId, NodeIndex>,
    pub(crate) graph: DiGraph<(), Arc>,
}

impl<'a> Network<'a> {
    pub(crate) fn of(map: &'a Map) -> Self {
        let stakeholders = map.stakeholders_sorted();
        let relations = map.relations_sorted();
        let node_of: HashMap<&StakeholderId, NodeIndex> = stakeholders
            .iter()
            .enumerate()
            .map(|(i, s)| (&s.id, NodeIndex::new(i)))
            .collect();
        let mut graph = DiGraph::with_capacity(stakeholders.len(), relations.len());
        for _ in &stakeholders {
            graph.add_node(());
        }
        let mut arc_of: HashMap<(NodeIndex, NodeIndex), EdgeIndex> = HashMap::new();
        let mut add = |from: NodeIndex, to: NodeIndex, arc: Arc| match arc_of.entry((from, to)) {
            std::collections::hash_map::Entry::Occupied(entry) => {
                let existing: &mut Arc = &mut graph[*entry.get()];
                if arc.cost < existing.cost {
                    *existing = arc;
                }
            }
            std::collections::hash_map::Entry::Vacant(entry) => {
                entry.insert(graph.add_edge(from, to, arc));
            }
        };
        for (index, relation) in relations.iter().enumerate() {
            let (along, against) = carries(relation);
            let (Some(&from), Some(&to)) = (node_of.get(&relation.from), node_of.get(&relation.to))
            else {
                continue;
            };
            let cost = step_cost(relation);
            if along {
                add(
                    from,
                    to,
                    Arc {
                        relation: index,
                        reversed: false,
                        cost,
                    },
                );
            }
            if against {
                add(
                    to,
                    from,
                    Arc {
                        relation: index,
                        reversed: true,
                        cost,
                    },
                );
            }
        }
        Self {
            stakeholders,
            relations,
            node_of,
            graph,
        }
    }

    pub(crate) fn node(&self, id: &StakeholderId) -> Option<NodeIndex> {
        self.node_of.get(id).copied()
    }

    pub(crate) fn id(&self, node: NodeIndex) -> &'a StakeholderId {
        &self.stakeholders[node.index()].id
    }

    fn step(&self, from: NodeIndex, to: NodeIndex, arc: Arc) -> Step {
        let relation = self.relations[arc.relation];
        Step {
            from: self.id(from).clone(),
            to: self.id(to).clone(),
            relation: relation.id.clone(),
            kind: relation.kind.clone(),
            strength: relation.strength,
            confidence: relation.confidence,
            reversed: arc.reversed,
            cost: arc.cost,
        }
    }
}

/// The cheapest route from each of `starts` to `target` over the whole
/// influence network (members may be passed through), in the order given;
/// `None` where there is none or a start is the target.
pub(crate) fn routes_over(
    network: &Network<'_>,
    starts: &[NodeIndex],
    target: NodeIndex,
) -> Vec<Option<Route>> {
    let mut scratch = Scratch::default();
    costs_to(&network.graph, target, &[], &mut scratch);
    let mut tree = BestRoutes {
        graph: &network.graph,
        costs: &scratch.costs,
        next: &mut scratch.next,
    };
    starts
        .iter()
        .map(|&start| {
            let cost = tree.costs.get(start.index()).copied().flatten()?;
            let arcs = tree.route(start, target);
            if arcs.is_empty() {
                return None;
            }
            let steps = arcs
                .iter()
                .filter_map(|&arc| {
                    let (from, to) = network.graph.edge_endpoints(arc)?;
                    Some(network.step(from, to, network.graph[arc]))
                })
                .collect();
            Some(Route {
                from: network.id(start).clone(),
                steps,
                cost,
            })
        })
        .collect()
}

/// Routes from a set of members: the influence network without the arcs
/// into members, so that no route passes through a member.
struct RouteSearch<'n, 'a> {
    network: &'n Network<'a>,
    graph: DiGraph<(), Arc>,
    is_member: Vec<bool>,
    members: Vec<NodeIndex>,
}

impl<'n, 'a> RouteSearch<'n, 'a> {
    fn new(network: &'n Network<'a>, members: &[StakeholderId]) -> Self {
        let mut is_member = vec![false; network.stakeholders.len()];
        let members: Vec<NodeIndex> = members.iter().filter_map(|id| network.node(id)).collect();
        for member in &members {
            is_member[member.index()] = true;
        }
        let graph = network.graph.filter_map(
            |_, ()| Some(()),
            |edge, arc| {
                let (_, to) = network.graph.edge_endpoints(edge)?;
                (!is_member[to.index()]).then_some(*arc)
            },
        );
        Self {
            network,
            graph,
            is_member,
            members,
        }
    }

    /// The routes to one target, and the brokers on the members' best
    /// routes to it with how many routes each stands on.
    fn to_target(
        &self,
        target: NodeIndex,
        limit: usize,
        scratch: &mut Scratch,
    ) -> (TargetPaths, Vec<(usize, NodeIndex)>) {
        let mut found = TargetPaths {
            target: self.network.id(target).clone(),
            target_is_member: self.is_member[target.index()],
            members_reaching: 0,
            routes: Vec::new(),
            brokers: Vec::new(),
            only_through: Vec::new(),
        };
        if found.target_is_member || self.members.is_empty() {
            return (found, Vec::new());
        }
        // The cost from each stakeholder to the target: search backwards
        // from it until every member's is known.
        costs_to(&self.graph, target, &self.is_member, scratch);
        let mut tree = BestRoutes {
            graph: &self.graph,
            costs: &scratch.costs,
            next: &mut scratch.next,
        };
        // Node indices follow id order, so sorting by node sorts by member id.
        let mut reaching: Vec<(u32, usize, NodeIndex, Vec<EdgeIndex>)> = self
            .members
            .iter()
            .filter_map(|&member| {
                let cost = tree.costs[member.index()]?;
                let arcs = tree.route(member, target);
                (!arcs.is_empty()).then_some((cost, arcs.len(), member, arcs))
            })
            .collect();
        reaching.sort_unstable_by_key(|&(cost, steps, member, _)| (cost, steps, member));
        found.members_reaching = reaching.len();
        let mut on_routes: HashMap<NodeIndex, usize> = HashMap::new();
        for (_, _, _, arcs) in &reaching {
            // Every arc but the last ends at a broker.
            for &arc in &arcs[..arcs.len() - 1] {
                let (_, broker) = self.graph.edge_endpoints(arc).unwrap_or((target, target));
                *on_routes.entry(broker).or_default() += 1;
            }
        }
        for (cost, _, member, arcs) in reaching.iter().take(limit) {
            let steps = arcs
                .iter()
                .filter_map(|&arc| {
                    let (from, to) = self.graph.edge_endpoints(arc)?;
                    Some(self.network.step(from, to, self.graph[arc]))
                })
                .collect();
            found.routes.push(Route {
                from: self.network.id(*member).clone(),
                steps,
                cost: *cost,
            });
        }
        // On every member's best route: may be the only way in; check all routes.
        let candidates: Vec<NodeIndex> = reaching
            .first()
            .map(|(_, _, _, arcs)| {
                arcs[..arcs.len() - 1]
                    .iter()
                    .filter_map(|&arc| self.graph.edge_endpoints(arc).map(|(_, to)| to))
                    .filter(|node| on_routes.get(node) == Some(&reaching.len()))
                    .collect()
            })
            .unwrap_or_default();
        let members: Vec<NodeIndex> = reaching.iter().map(|r| r.2).collect();
        found.only_through = self.only_through(target, &candidates, &members);
        let mut brokers: Vec<(usize, NodeIndex)> =
            on_routes.into_iter().map(|(node, n)| (n, node)).collect();
        brokers.sort_unstable_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        found.brokers = brokers
            .iter()
            .map(|&(routes, node)| RouteCount {
                stakeholder: self.network.id(node).clone(),
                routes,
            })
            .collect();
        (found, brokers)
    }

    /// Which of the candidates every route (not only the best) from every
    /// reaching member to the target passes through: those without which
    /// no member reaches the target any more. Each is tried by walking back
    /// from the target around it, which stops at the first member met, so
    /// a stakeholder that is not the only way in costs a few steps.
    fn only_through(
        &self,
        target: NodeIndex,
        candidates: &[NodeIndex],
        members: &[NodeIndex],
    ) -> Vec<StakeholderId> {
        if candidates.is_empty() {
            return Vec::new();
        }
        let mut reaching = vec![false; self.graph.node_count()];
        for member in members {
            reaching[member.index()] = true;
        }
        let mut seen = vec![u32::MAX; self.graph.node_count()];
        let mut queue = Vec::new();
        candidates
            .iter()
            .zip(0u32..)
            .filter(|&(&around, pass)| {
                queue.clear();
                queue.push(target);
                seen[target.index()] = pass;
                seen[around.index()] = pass;
                while let Some(at) = queue.pop() {
                    for before in self.graph.neighbors_directed(at, Direction::Incoming) {
                        if seen[before.index()] == pass {
                            continue;
                        }
                        if reaching[before.index()] {
                            return false;
                        }
                        seen[before.index()] = pass;
                        queue.push(before);
                    }
                }
                true
            })
            .map(|(&node, _)| self.network.id(node).clone())
            .collect()
    }
}

/// What a search to one target works in, kept from one target to the next
/// so that hundreds of searches do not each ask for fresh memory.
#[derive(Default)]
struct Scratch {
    costs: Vec<Option<u32>>,
    best: Vec<u32>,
    buckets: Vec<Vec<NodeIndex>>,
    next: Vec<Option<EdgeIndex>>,
}

/// The cost of the cheapest route from each stakeholder to `target` over
/// `graph`, `None` where there is none. Searches backwards from the target
/// and stops once every stakeholder marked in `wanted` is reached (never
/// early when none is); those not reached by then cost more than any
/// wanted one. Also clears `scratch.next` for [`BestRoutes`].
///
/// A step costs a few units at most ([`step_cost`]), so the stakeholders
/// still to visit wait in one bucket per cost (Dial's shortest paths)
/// instead of a heap: one pass over the arcs, no sorting.
fn costs_to(graph: &DiGraph<(), Arc>, target: NodeIndex, wanted: &[bool], scratch: &mut Scratch) {
    let count = graph.node_count();
    let Scratch {
        costs,
        best,
        buckets,
        next,
    } = scratch;
    costs.clear();
    costs.resize(count, None);
    best.clear();
    best.resize(count, u32::MAX);
    next.clear();
    next.resize(count, None);
    if target.index() >= count {
        return;
    }
    let mut left = wanted.iter().filter(|&&w| w).count();
    let widest = graph.edge_weights().map(|arc| arc.cost).max().unwrap_or(0) as usize;
    // Bucket `c % spread` holds those at cost `c`, for the costs not yet
    // reached; no step spans more than `widest`.
    let spread = widest + 1;
    buckets.iter_mut().for_each(Vec::clear);
    buckets.resize_with(spread, Vec::new);
    let mut waiting = 1usize;
    best[target.index()] = 0;
    buckets[0].push(target);
    let mut cost = 0u32;
    while waiting > 0 {
        let slot = cost as usize % spread;
        while let Some(node) = buckets[slot].pop() {
            waiting -= 1;
            if best[node.index()] != cost || costs[node.index()].is_some() {
                continue;
            }
            costs[node.index()] = Some(cost);
            if wanted.get(node.index()).copied().unwrap_or(false) {
                left -= 1;
                if left == 0 {
                    return;
                }
            }
            for edge in graph.edges_directed(node, Direction::Incoming) {
                let before = edge.source().index();
                let through = cost + edge.weight().cost;
                if costs[before].is_none() && through < best[before] {
                    best[before] = through;
                    buckets[through as usize % spread].push(edge.source());
                    waiting += 1;
                }
            }
        }
        cost += 1;
    }
}

/// The best routes to one target, read off the costs to it: from each
/// stakeholder, the next step is the arc onto a cheapest route, the one to
/// the lowest id on a tie. The steps form a tree, so routes that meet go on
/// together.
struct BestRoutes<'g> {
    graph: &'g DiGraph<(), Arc>,
    costs: &'g [Option<u32>],
    /// The next step from each stakeholder, once found.
    next: &'g mut [Option<EdgeIndex>],
}

impl BestRoutes<'_> {
    /// The arcs of the best route from `from` to `target`; empty if there is none.
    fn route(&mut self, from: NodeIndex, target: NodeIndex) -> Vec<EdgeIndex> {
        let mut arcs = Vec::new();
        let mut at = from;
        while at != target {
            let Some(arc) = self.next_step(at) else {
                return Vec::new();
            };
            arcs.push(arc);
            at = self.graph.edge_endpoints(arc).map_or(target, |(_, to)| to);
        }
        arcs
    }

    fn next_step(&mut self, at: NodeIndex) -> Option<EdgeIndex> {
        if let Some(arc) = self.next[at.index()] {
            return Some(arc);
        }
        let cost = self.costs[at.index()]?;
        let arc = self
            .graph
            .edges(at)
            .filter(|edge| {
                let rest = self.costs[edge.target().index()];
                rest.is_some_and(|rest| rest + edge.weight().cost == cost)
            })
            .min_by_key(|edge| (edge.target(), edge.id()))?
            .id();
        self.next[at.index()] = Some(arc);
        Some(arc)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use petgraph::visit::Reversed;
    use proptest::prelude::*;

    proptest! {
        /// The bucket search gives rustworkx-core's Dijkstra costs, and stops
        /// early only once the wanted costs are known.
        #[test]
        fn costs_to_a_target_are_dijkstras(
            size in 1usize..40,
            arcs in prop::collection::vec((0usize..40, 0usize..40, 1u32..7), 0..120),
            target in 0usize..40,
            wanted in prop::collection::vec(0usize..40, 0..4),
        ) {
            let mut graph: DiGraph<(), Arc> = DiGraph::new();
            for _ in 0..size {
                graph.add_node(());
            }
            for (i, &(from, to, cost)) in arcs.iter().enumerate() {
                let arc = Arc { relation: i, reversed: false, cost };
                graph.add_edge(NodeIndex::new(from % size), NodeIndex::new(to % size), arc);
            }
            let target = NodeIndex::new(target % size);
            let Ok(expected): Result<Vec<Option<u32>>, std::convert::Infallible> =
                rustworkx_core::shortest_path::dijkstra(
                    Reversed(&graph),
                    target,
                    None,
                    |edge| Ok(edge.weight().cost),
                    None,
                );
            let mut scratch = Scratch::default();
            costs_to(&graph, target, &[], &mut scratch);
            prop_assert_eq!(&scratch.costs, &expected);
            let wanted: Vec<NodeIndex> = wanted.iter().map(|&w| NodeIndex::new(w % size)).collect();
            let mut flags = vec![false; size];
            for w in &wanted {
                flags[w.index()] = true;
            }
            // The same scratch again: nothing of the last search is left in it.
            costs_to(&graph, target, &flags, &mut scratch);
            let early = scratch.costs.clone();
            let reached_all = wanted.iter().all(|w| expected[w.index()].is_some());
            for node in 0..size {
                match early[node] {
                    Some(cost) => prop_assert_eq!(Some(cost), expected[node]),
                    None if reached_all => {
                        // Left out only when dearer than every wanted one.
                        let dearest = wanted.iter().filter_map(|w| expected[w.index()]).max();
                        prop_assert!(expected[node].is_none() || expected[node] >= dearest);
                    }
                    None => prop_assert_eq!(expected[node], None),
                }
            }
            for w in &wanted {
                prop_assert_eq!(early[w.index()], expected[w.index()]);
            }
        }
    }
}
