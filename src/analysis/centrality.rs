//! Central actors: degree, betweenness, closeness and eigenvector centrality
//! of every stakeholder in the influence network.
//!
//! All four are measured on the influence network of [`super::paths`]: the
//! relations that carry influence, in the direction they carry it, so
//! "opposes" and the cooperation continuum make nobody central. Several
//! relations between the same two stakeholders the same way count once.
//!
//! Up to [`EXACT_UP_TO`] stakeholders, betweenness and closeness are exact
//! and computed by rustworkx-core. Both take one search from every
//! stakeholder, which for a 5,000-stakeholder map takes seconds; above that
//! size they are estimated from searches from [`SAMPLE_PIVOTS`] stakeholders
//! spread evenly through the map (Brandes and Pich's pivot sampling for
//! betweenness, Eppstein and Wang's for closeness). With every stakeholder
//! as a pivot the estimates are the exact values, which the tests check
//! against rustworkx-core. Degree and eigenvector centrality are always exact.

use std::collections::VecDeque;

use petgraph::Direction;
use petgraph::graph::{DiGraph, NodeIndex, UnGraph};
use petgraph::visit::EdgeRef;
use rayon::prelude::*;
use rustworkx_core::centrality::{
    betweenness_centrality, closeness_centrality, eigenvector_centrality,
};
use serde::{Deserialize, Serialize};

use super::paths::{Arc, Network};
use crate::model::{Map, StakeholderId};

/// Maps up to this many stakeholders get exact betweenness and closeness.
pub const EXACT_UP_TO: usize = 1_000;

/// How many stakeholders the estimates of larger maps search from.
pub const SAMPLE_PIVOTS: usize = 256;

/// Below this many stakeholders rustworkx-core runs on one thread.
const PARALLEL_THRESHOLD: usize = 200;

/// Power iterations before eigenvector centrality gives up.
const EIGENVECTOR_MAX_ITERATIONS: usize = 1000;

/// How central one stakeholder is in the influence network.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Centrality {
    pub stakeholder: StakeholderId,
    pub name: String,
    /// How many stakeholders carry influence to this one.
    pub degree_in: usize,
    /// How many stakeholders this one carries influence to.
    pub degree_out: usize,
    /// The share of shortest chains between two other stakeholders that
    /// pass through this one (0–1; counts steps, not costs): the brokers.
    pub betweenness: f64,
    /// How few steps this stakeholder needs to reach the others it can
    /// reach, scaled by the share it can reach (Wasserman and Faust, 0–1).
    pub closeness: f64,
    /// Tied to other well-tied stakeholders, directions ignored (0–1, the
    /// vector has length 1); `None` when the computation did not converge.
    pub eigenvector: Option<f64>,
}

/// The centrality of every stakeholder of a map.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CentralityTable {
    /// One row per stakeholder, in id order.
    pub rows: Vec<Centrality>,
    /// When betweenness and closeness are estimates: from how many pivots.
    pub sampled_from: Option<usize>,
}

impl CentralityTable {
    pub fn of(&self, id: &StakeholderId) -> Option<&Centrality> {
        self.rows.iter().find(|row| &row.stakeholder == id)
    }
}

/// The centrality of every stakeholder.
pub fn centrality(map: &Map) -> CentralityTable {
    centrality_in(&Network::of(map))
}

pub(crate) fn centrality_in(network: &Network<'_>) -> CentralityTable {
    let graph = &network.graph;
    let count = graph.node_count();
    let (betweenness, closeness, sampled_from) = if count <= EXACT_UP_TO {
        let (betweenness, closeness) = exact_betweenness_and_closeness(graph);
        (betweenness, closeness, None)
    } else {
        let pivots = evenly_spread(count, SAMPLE_PIVOTS);
        (
            sampled_betweenness(graph, &pivots),
            sampled_closeness(graph, &pivots),
            Some(pivots.len()),
        )
    };
    let eigenvector = undirected_eigenvector(network);
    let rows = network
        .stakeholders
        .iter()
        .enumerate()
        .map(|(i, stakeholder)| {
            let node = NodeIndex::new(i);
            Centrality {
                stakeholder: stakeholder.id.clone(),
                name: stakeholder.name.clone(),
                degree_in: graph.neighbors_directed(node, Direction::Incoming).count(),
                degree_out: graph.neighbors_directed(node, Direction::Outgoing).count(),
                betweenness: finite(betweenness.get(i).copied()),
                closeness: finite(closeness.get(i).copied()),
                eigenvector: eigenvector
                    .as_ref()
                    .and_then(|values| values.get(i).copied())
                    .filter(|value| value.is_finite()),
            }
        })
        .collect();
    CentralityTable { rows, sampled_from }
}

fn finite(value: Option<f64>) -> f64 {
    value.filter(|v| v.is_finite()).unwrap_or(0.0)
}

/// rustworkx-core's betweenness and closeness, indexed by node.
fn exact_betweenness_and_closeness(graph: &DiGraph<(), Arc>) -> (Vec<f64>, Vec<f64>) {
    let count = graph.node_count();
    let betweenness = if count < 3 {
        // Normalizing divides by (n-1)(n-2); with fewer than three nobody is between.
        vec![0.0; count]
    } else {
        betweenness_centrality(graph, false, true, PARALLEL_THRESHOLD)
            .into_iter()
            .map(|value| value.unwrap_or(0.0))
            .collect()
    };
    // rustworkx measures closeness towards a node; reversing the arcs gives
    // closeness from it, how easily a stakeholder reaches the others.
    let mut outwards = graph.clone();
    outwards.reverse();
    let closeness = closeness_centrality(&outwards, true, PARALLEL_THRESHOLD)
        .into_iter()
        .map(|value| value.unwrap_or(0.0))
        .collect();
    (betweenness, closeness)
}

/// `wanted` nodes of `0..count`, evenly spaced (all of them if fewer).
fn evenly_spread(count: usize, wanted: usize) -> Vec<NodeIndex> {
    let taken = wanted.min(count);
    (0..taken)
        .map(|i| NodeIndex::new(i * count / taken))
        .collect()
}

/// Betweenness from breadth-first searches from the pivots only, scaled up
/// to all sources and normalized as rustworkx-core normalizes (Brandes' 2001
/// accumulation, Brandes and Pich's 2007 pivot estimate).
fn sampled_betweenness(graph: &DiGraph<(), Arc>, pivots: &[NodeIndex]) -> Vec<f64> {
    let count = graph.node_count();
    if count < 3 || pivots.is_empty() {
        return vec![0.0; count];
    }
    // The pivots in as many parts as there are likely cores and a few
    // more, each summed on its own, then the parts in order: the same
    // figures on any machine.
    let parts: Vec<Vec<f64>> = pivots
        .par_chunks(pivots.len().div_ceil(PARTS).max(1))
        .map(|part| betweenness_from(graph, part))
        .collect();
    let mut betweenness = vec![0.0; count];
    for part in parts {
        for (total, value) in betweenness.iter_mut().zip(part) {
            *total += value;
        }
    }
    let pairs = ((count - 1) * (count - 2)) as f64;
    let scale = count as f64 / pivots.len() as f64 / pairs;
    for value in &mut betweenness {
        *value *= scale;
    }
    betweenness
}

/// How many parts the pivots' searches are shared in.
const PARTS: usize = 8;

/// The dependencies accumulated from breadth-first searches from `pivots`
/// (unscaled).
fn betweenness_from(graph: &DiGraph<(), Arc>, pivots: &[NodeIndex]) -> Vec<f64> {
    let count = graph.node_count();
    let mut betweenness = vec![0.0; count];
    let mut distance = vec![u32::MAX; count];
    let mut paths = vec![0.0_f64; count];
    let mut dependency = vec![0.0_f64; count];
    let mut predecessors: Vec<Vec<NodeIndex>> = vec![Vec::new(); count];
    let mut order: Vec<NodeIndex> = Vec::with_capacity(count);
    let mut queue = VecDeque::with_capacity(count);
    for &source in pivots {
        for node in order.drain(..) {
            let i = node.index();
            distance[i] = u32::MAX;
            paths[i] = 0.0;
            dependency[i] = 0.0;
            predecessors[i].clear();
        }
        distance[source.index()] = 0;
        paths[source.index()] = 1.0;
        queue.push_back(source);
        while let Some(node) = queue.pop_front() {
            order.push(node);
            let next = distance[node.index()] + 1;
            for neighbour in graph.neighbors(node) {
                let j = neighbour.index();
                if distance[j] == u32::MAX {
                    distance[j] = next;
                    queue.push_back(neighbour);
                }
                if distance[j] == next {
                    paths[j] += paths[node.index()];
                    predecessors[j].push(node);
                }
            }
        }
        for &node in order.iter().rev() {
            let i = node.index();
            let share = (1.0 + dependency[i]) / paths[i];
            for predecessor in &predecessors[i] {
                dependency[predecessor.index()] += paths[predecessor.index()] * share;
            }
            if node != source {
                betweenness[i] += dependency[i];
            }
        }
    }
    betweenness
}

/// Closeness (outwards, Wasserman–Faust scaled) from breadth-first searches
/// backwards from the pivots: the share of pivots a stakeholder reaches
/// divided by its mean distance to them (Eppstein and Wang's estimate).
fn sampled_closeness(graph: &DiGraph<(), Arc>, pivots: &[NodeIndex]) -> Vec<f64> {
    let count = graph.node_count();
    let mut reached = vec![0_usize; count];
    let mut total_distance = vec![0_u64; count];
    let parts: Vec<(Vec<usize>, Vec<u64>)> = pivots
        .par_chunks(pivots.len().div_ceil(PARTS).max(1))
        .map(|part| distances_to(graph, part))
        .collect();
    for (part_reached, part_distance) in parts {
        for (total, value) in reached.iter_mut().zip(part_reached) {
            *total += value;
        }
        for (total, value) in total_distance.iter_mut().zip(part_distance) {
            *total += value;
        }
    }
    let is_pivot = {
        let mut marks = vec![false; count];
        for pivot in pivots {
            marks[pivot.index()] = true;
        }
        marks
    };
    (0..count)
        .map(|i| {
            let others = pivots.len() - usize::from(is_pivot[i]);
            if reached[i] == 0 || others == 0 {
                return 0.0;
            }
            let share = reached[i] as f64 / others as f64;
            let mean_distance = total_distance[i] as f64 / reached[i] as f64;
            share / mean_distance
        })
        .collect()
}

/// For each stakeholder, how many of `pivots` it reaches and the sum of
/// its distances to them.
fn distances_to(graph: &DiGraph<(), Arc>, pivots: &[NodeIndex]) -> (Vec<usize>, Vec<u64>) {
    let count = graph.node_count();
    let mut reached = vec![0_usize; count];
    let mut total_distance = vec![0_u64; count];
    let mut distance = vec![u32::MAX; count];
    let mut seen: Vec<NodeIndex> = Vec::with_capacity(count);
    let mut queue = VecDeque::with_capacity(count);
    for &pivot in pivots {
        for node in seen.drain(..) {
            distance[node.index()] = u32::MAX;
        }
        distance[pivot.index()] = 0;
        queue.push_back(pivot);
        while let Some(node) = queue.pop_front() {
            seen.push(node);
            let d = distance[node.index()];
            if node != pivot {
                reached[node.index()] += 1;
                total_distance[node.index()] += u64::from(d);
            }
            for neighbour in graph.neighbors_directed(node, Direction::Incoming) {
                if distance[neighbour.index()] == u32::MAX {
                    distance[neighbour.index()] = d + 1;
                    queue.push_back(neighbour);
                }
            }
        }
    }
    (reached, total_distance)
}

/// Eigenvector centrality of the influence network taken without direction:
/// in a directed map most influence flows one way into the targets, and
/// directed eigenvector centrality is zero for everyone in such a network.
fn undirected_eigenvector(network: &Network<'_>) -> Option<Vec<f64>> {
    let count = network.graph.node_count();
    if count == 0 {
        return Some(Vec::new());
    }
    let mut undirected: UnGraph<(), ()> = UnGraph::with_capacity(count, network.graph.edge_count());
    for _ in 0..count {
        undirected.add_node(());
    }
    for edge in network.graph.edge_references() {
        let (a, b) = (edge.source(), edge.target());
        // A tie both ways is one tie, not two.
        if a < b || network.graph.find_edge(b, a).is_none() {
            undirected.add_edge(a, b, ());
        }
    }
    let Ok(values) = eigenvector_centrality::<_, _, std::convert::Infallible>(
        &undirected,
        |_| Ok(1.0),
        Some(EIGENVECTOR_MAX_ITERATIONS),
        None,
    );
    values
}

#[cfg(test)]
mod tests {
    use super::*;

    /// With every stakeholder as a pivot, the estimates are rustworkx-core's exact values.
    #[test]
    fn estimates_from_every_stakeholder_are_the_exact_values() {
        let map = super::super::generated_map(400, 900, 3);
        let network = Network::of(&map);
        let graph = &network.graph;
        let everyone: Vec<NodeIndex> = graph.node_indices().collect();
        let (betweenness, closeness) = exact_betweenness_and_closeness(graph);
        let sampled_betweenness = sampled_betweenness(graph, &everyone);
        let sampled_closeness = sampled_closeness(graph, &everyone);
        for i in 0..graph.node_count() {
            assert!(
                (betweenness[i] - sampled_betweenness[i]).abs() < 1e-9,
                "betweenness of node {i}: {} vs {}",
                betweenness[i],
                sampled_betweenness[i]
            );
            assert!(
                (closeness[i] - sampled_closeness[i]).abs() < 1e-9,
                "closeness of node {i}: {} vs {}",
                closeness[i],
                sampled_closeness[i]
            );
        }
        assert!(betweenness.iter().any(|&b| b > 0.0));
    }

    #[test]
    fn pivots_are_spread_through_the_map() {
        let pivots: Vec<usize> = evenly_spread(10, 4).iter().map(|n| n.index()).collect();
        assert_eq!(pivots, [0, 2, 5, 7]);
        assert_eq!(evenly_spread(3, 256).len(), 3);
    }
}
