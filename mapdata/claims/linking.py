"""Which claims are linked as accounts of the same clash: connected components in linear memory.

The rule (see :mod:`mapdata.claims`) links two claims that are at most ``max_days`` apart, at
most ``max_km`` apart (great circle) and come from different reporting sides of which at least
one is a party. Groups are the connected components of those links. The number of links can be
quadratic (8,000 claims at one village on one day make 16 million pairs), so this module never
lists them all; it finds the same components with memory linear in the number of claims:

1. **Identical claims collapse.** Claims with the same (day, coordinates, side) link to exactly
   the same others, so they become one node: 1,000,000 claims at one spot on one day are at
   most one node per side. Side codes that may link with exactly the same codes are one code
   too (:func:`link_components` merges them; ``groups`` already gives every non-party side of a
   conflict one code), so the pairs of sides compared in a cell stay few however many different
   sides the claims name.
2. **Clique cells.** Points are placed on the unit sphere and binned into small cubes whose
   diagonal is shorter than the link distance, so any two nodes in one cube are close enough.
   Nodes of one cube on one day and one side form a *cell-side*; two cell-sides of one cube,
   days within ``max_days`` and sides that may link, are completely linked: all their nodes are
   one component (one edge per node records it). Such a cell-side is *solid*.
3. **Neighbouring cells.** Links between different cells are looked for only between
   neighbouring coarse cubes (at least the link distance wide) on days within ``max_days``, and
   per pair of (coarse cube, day, side) groups:

   * few node pairs (``CHEAP_PAIRS``): every pair is checked, in bounded chunks; a link to
     any node of a solid cell-side is recorded once per cell-side;
   * many: nodes already known to be connected (solid cell-sides, and whatever earlier links
     joined) are *units*; a KD-tree of a unit answers, with one query per node of the other
     groups, which of them link into it. The remaining nodes are checked pair by pair up to
     ``BLOCK_PAIRS`` and otherwise walked breadth first with nearest-neighbour queries, which
     records one edge per node reached (a spanning forest, never all pairs).
   Group pairs whose nodes are all in one component already are skipped.

Time is near-linear on real and dense data; the slowest arrangement measured is two large
one-sided clouds facing each other (the breadth-first walk). Edges go into an edge list that is folded into a spanning forest whenever it grows past
``EDGE_LIMIT``, so the memory stays proportional to the number of nodes whatever the
arrangement. ``tests/claims/test_linking.py`` checks the result against the all-pairs rule on random
claims with every path forced, and that memory grows linearly on dense spots.
"""

from __future__ import annotations

import itertools
import math

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components
from scipy.spatial import cKDTree

__all__ = ["EARTH_RADIUS_KM", "haversine_km", "link_components", "side_pairs"]

EARTH_RADIUS_KM = 6371.0088  # mean Earth radius (IUGG)

CHEAP_PAIRS = 4_096  # a group pair with at most this many node pairs is checked pair by pair
BLOCK_PAIRS = 1 << 16  # nodes outside units: pair by pair up to this many pairs, else breadth first
CHUNK_PAIRS = 1 << 20  # node pairs checked per vectorised step (bounds the temporary arrays)
EDGE_LIMIT = 1 << 22  # edges kept before folding them into a spanning forest
MAX_UNITS = 16  # connected sets per group queried as a whole in the dense phase...
UNIT_MIN = 32  # ...if they hold at least this many nodes (smaller ones are walked node by node)

_COARSE_MIN = 2e-4  # smallest coarse cube (chord units, ~1.3 km): keeps packed keys in 63 bits
_CELL_BITS = 14
_CELL_OFFSET = 1 << (_CELL_BITS - 1)
_DAY_BITS_SHIFT = 3 * _CELL_BITS  # coarse keys: day above three 14-bit cube coordinates
_FINE_SHIFT = 40  # fine keys: day above a dense cube number
_MAX_DAY_SPAN = (1 << 17) - 1
# The coarse neighbourhood, each unordered pair of cubes once: the cube itself and 13 of 26.
_HALF_NEIGHBOURS: tuple[tuple[int, ...], ...] = ((0, 0, 0),) + tuple(
    o for o in itertools.product((-1, 0, 1), repeat=3) if o > (0, 0, 0)
)


def haversine_km(lat1: np.ndarray, lon1: np.ndarray, lat2: np.ndarray, lon2: np.ndarray) -> np.ndarray:
    """Great-circle distance in km between paired points (vectorised)."""
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dlat = p2 - p1
    dlon = np.radians(lon2) - np.radians(lon1)
    a = np.sin(dlat / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dlon / 2) ** 2
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))


class _Edges:
    """Links found so far, folded into a spanning forest whenever the list gets long."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.parts: list[tuple[np.ndarray, np.ndarray]] = []
        self.count = 0

    def add(self, a: np.ndarray, b: np.ndarray) -> None:
        a, b = np.asarray(a, dtype=np.int64), np.asarray(b, dtype=np.int64)
        apart = a != b
        if apart.any():
            self.parts.append((a[apart], b[apart]))
            self.count += int(apart.sum())
            if self.count > EDGE_LIMIT:
                self.fold()

    def _components(self) -> tuple[np.ndarray, np.ndarray]:
        """Component number of every node (a node linked to nothing is its own), and which are linked."""
        if not self.parts:
            return np.arange(self.n, dtype=np.int64), np.zeros(self.n, dtype=bool)
        a = np.concatenate([p[0] for p in self.parts])
        b = np.concatenate([p[1] for p in self.parts])
        graph = coo_matrix((np.ones(len(a), dtype=np.int8), (a, b)), shape=(self.n, self.n)).tocsr()
        _, labels = connected_components(graph, directed=False)
        linked = np.zeros(self.n, dtype=bool)
        linked[a] = True
        linked[b] = True
        return labels.astype(np.int64), linked

    def fold(self) -> np.ndarray:
        """Replace the edges by one edge from each linked node to its component's first node.

        Returns the component number of every node (see :meth:`_components`)."""
        labels, linked = self._components()
        nodes = np.flatnonzero(linked)
        first = np.full(int(labels.max()) + 1 if self.n else 0, self.n, dtype=np.int64)
        np.minimum.at(first, labels[nodes], nodes)
        roots = first[labels[nodes]]
        keep = nodes != roots
        self.parts = [(nodes[keep], roots[keep])] if keep.any() else []
        self.count = int(keep.sum())
        return labels

    def labels(self) -> np.ndarray:
        """Component number per node, ``-1`` for nodes linked to nothing."""
        labels, linked = self._components()
        return np.where(linked, labels, -1)


class _Merged:
    """Which nodes are known to be in one component: the components so far, plus later unions.

    Lets the dense phase skip tests whose answer cannot change anything.
    """

    def __init__(self, labels: np.ndarray) -> None:
        self.label = labels
        self.parent = np.arange(int(labels.max()) + 1 if len(labels) else 0, dtype=np.int64)

    def _find(self, start: np.ndarray) -> np.ndarray:
        roots = self.parent[start]
        while True:
            up = self.parent[roots]
            if np.array_equal(up, roots):
                break
            roots = up
        self.parent[start] = roots  # path compression
        return roots

    def roots(self, nodes: np.ndarray) -> np.ndarray:
        return self._find(self.label[nodes])

    def same(self, nodes: np.ndarray, node: np.integer | int) -> np.ndarray:
        """Whether each of ``nodes`` is already in the component of ``node``."""
        return self._find(self.label[nodes]) == self._find(self.label[np.array([node])])[0]

    def join(self, nodes: np.ndarray, node: np.integer | int) -> None:
        """Union every one of ``nodes`` with ``node`` (vectorised)."""
        if len(nodes):
            target = self._find(self.label[np.array([node])])[0]
            roots = self._find(self.label[nodes])
            self.parent[roots] = target

    def union(self, a: np.ndarray, b: np.ndarray) -> None:
        parent = self.parent
        for x, y in zip(self.label[a].tolist(), self.label[b].tolist()):
            while parent[x] != x:
                x = int(parent[x])
            while parent[y] != y:
                y = int(parent[y])
            if x != y:
                parent[max(x, y)] = min(x, y)


def _cross(
    start_a: np.ndarray, size_a: np.ndarray, start_b: np.ndarray, size_b: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Every (a, b) with a in [start_a[k], +size_a[k]) and b in [start_b[k], +size_b[k]), for every k."""
    cost = size_a * size_b
    pair = np.repeat(np.arange(len(cost)), cost)
    local = np.arange(int(cost.sum()), dtype=np.int64) - np.repeat(np.cumsum(cost) - cost, cost)
    return start_a[pair] + local // size_b[pair], start_b[pair] + local % size_b[pair]


class _Buckets:
    """Runs of equal keys in a sorted key array, for joining the array with itself shifted."""

    def __init__(self, sorted_keys: np.ndarray) -> None:
        self.keys, self.first, self.count = np.unique(sorted_keys, return_index=True, return_counts=True)

    def pairs(self, step: int) -> tuple[np.ndarray, np.ndarray]:
        """Every (i, j) of positions with key[j] == key[i] + step."""
        where = np.searchsorted(self.keys, self.keys + step).clip(max=len(self.keys) - 1)
        found = np.flatnonzero(self.keys[where] == self.keys + step)
        other = where[found]
        return _cross(self.first[found], self.count[found], self.first[other], self.count[other])


def _runs(keys: np.ndarray, side: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Sort order by (key, side), and the start of each run of equal (key, side) in it."""
    side_bits = max(int(side.max()), 1).bit_length()
    if len(keys) and int(keys.max()) < 1 << (63 - side_bits):
        packed = (keys << side_bits) | side  # one sort key instead of two
        order = np.argsort(packed)
        new = np.ones(len(order), dtype=bool)
        new[1:] = np.diff(packed[order]) != 0
        return order, np.flatnonzero(new)
    order = np.lexsort((side, keys))
    k, s = keys[order], side[order]
    new = np.ones(len(order), dtype=bool)
    new[1:] = (k[1:] != k[:-1]) | (s[1:] != s[:-1])
    return order, np.flatnonzero(new)


def _units(nodes: np.ndarray, roots: np.ndarray) -> tuple[list[np.ndarray], np.ndarray]:
    """Split nodes into the largest sets sharing a root (at most MAX_UNITS) and the rest."""
    values, inverse, counts = np.unique(roots, return_inverse=True, return_counts=True)
    big = np.argsort(-counts, kind="stable")[:MAX_UNITS]
    big = big[counts[big] >= UNIT_MIN]
    units = [nodes[inverse == k] for k in big.tolist()]
    in_unit = np.zeros(len(values), dtype=bool)
    in_unit[big] = True
    return units, nodes[~in_unit[inverse]]


class _Linker:
    """The components of one set of distinct nodes (see the module docstring)."""

    def __init__(
        self,
        day: np.ndarray,
        lat: np.ndarray,
        lon: np.ndarray,
        side: np.ndarray,
        may_link: np.ndarray,
        max_km: float,
        max_days: int,
    ) -> None:
        self.lat, self.lon, self.side = lat, lon, side
        self.may_link = may_link  # may_link[s, t]: sides s and t can link
        self.max_km = max_km
        span = int(day.max() - day.min())
        if span > _MAX_DAY_SPAN:
            raise ValueError(f"claims span {span} days; at most {_MAX_DAY_SPAN} are supported")
        self.max_days = min(max_days, span)
        self.day = day - day.min() + self.max_days  # >= 0 even after shifting back max_days
        phi, lam = np.radians(lat), np.radians(lon)
        self.xyz = np.column_stack([np.cos(phi) * np.cos(lam), np.cos(phi) * np.sin(lam), np.sin(phi)])
        self.chord = 2 * math.sin(min(max_km / EARTH_RADIUS_KM, math.pi) / 2)
        # KD-tree radius (its bound is strict); every hit is confirmed with haversine_km.
        self.reach = self.chord * (1 + 1e-9) + 1e-12
        self.edges = _Edges(len(day))
        self.solid = np.zeros(len(day), dtype=bool)
        self.cell_side = np.zeros(len(day), dtype=np.int64)  # fine cell-side number per node
        self.cell_side_first = np.zeros(0, dtype=np.int64)  # a node of each cell-side

    def labels(self) -> np.ndarray:
        if self.max_km > 0:
            self._fine()
        self._coarse()
        return self.edges.labels()

    def _close(self, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        return haversine_km(self.lat[i], self.lon[i], self.lat[j], self.lon[j]) <= self.max_km

    # -- 2. clique cells --------------------------------------------------------------
    def _fine(self) -> None:
        side_len = self.chord / math.sqrt(3) * (1 - 1e-7)  # cube diagonal < link chord
        cube = np.floor(self.xyz / side_len).astype(np.int64)
        if np.abs(cube).max() < 1 << 20:  # pack the three coordinates: a 1-D unique is much faster
            cube += 1 << 20
            packed = (cube[:, 0] << 42) | (cube[:, 1] << 21) | cube[:, 2]
            _, cell = np.unique(packed, return_inverse=True)
        else:
            _, cell = np.unique(cube, axis=0, return_inverse=True)
        keys = (self.day << _FINE_SHIFT) | cell.reshape(-1).astype(np.int64)
        order, starts = _runs(keys, self.side)
        run_key, run_side, first = keys[order][starts], self.side[order][starts], order[starts]
        run_start = np.zeros(len(order), dtype=bool)
        run_start[starts] = True
        self.cell_side[order] = np.cumsum(run_start) - 1
        self.cell_side_first = first
        solid_run = np.zeros(len(starts), dtype=bool)
        buckets = _Buckets(run_key)
        for shift in range(self.max_days + 1):
            a, b = buckets.pairs(shift << _FINE_SHIFT)
            keep = self.may_link[run_side[a], run_side[b]] & ((a < b) if shift == 0 else True)
            a, b = a[keep], b[keep]
            self.edges.add(first[a], first[b])
            solid_run[a] = True
            solid_run[b] = True
        self.solid = solid_run[self.cell_side]
        nodes = np.flatnonzero(self.solid)
        roots = first[self.cell_side[nodes]]
        keep = nodes != roots
        self.edges.add(nodes[keep], roots[keep])

    # -- 3. neighbouring cells --------------------------------------------------------
    def _coarse(self) -> None:
        side_len = max(self.chord * (1 + 1e-9), _COARSE_MIN)
        cube = np.floor(self.xyz / side_len).astype(np.int64) + _CELL_OFFSET
        keys = (
            (self.day << _DAY_BITS_SHIFT) | (cube[:, 0] << (2 * _CELL_BITS)) | (cube[:, 1] << _CELL_BITS) | cube[:, 2]
        )
        order, starts = _runs(keys, self.side)
        sizes = np.diff(np.append(starts, len(order)))
        run_key, run_side = keys[order][starts], self.side[order][starts]
        dense: list[tuple[int, int]] = []
        buckets = _Buckets(run_key)
        # Group pairs already inside one component are skipped; the components are refreshed
        # whenever many links have been added since (stale ones are finer, so still safe).
        joined, joined_at = self._run_components(order, starts), self.edges.count
        for dx, dy, dz in _HALF_NEIGHBOURS:
            for shift in range(-self.max_days, self.max_days + 1):
                same_cube = (dx, dy, dz) == (0, 0, 0)
                if same_cube and shift < 0:
                    continue
                step = (shift << _DAY_BITS_SHIFT) + (dx << (2 * _CELL_BITS)) + (dy << _CELL_BITS) + dz
                a, b = buckets.pairs(step)
                keep = self.may_link[run_side[a], run_side[b]] & ((joined[a] != joined[b]) | (joined[a] < 0))
                if same_cube and shift == 0:
                    keep &= a < b
                a, b = a[keep], b[keep]
                cost = sizes[a] * sizes[b]
                cheap = cost <= CHEAP_PAIRS
                self._check_pairs(order, starts[a[cheap]], sizes[a[cheap]], starts[b[cheap]], sizes[b[cheap]])
                dense.extend(zip(a[~cheap].tolist(), b[~cheap].tolist()))
                if abs(self.edges.count - joined_at) > len(self.day) // 8:
                    joined, joined_at = self._run_components(order, starts), self.edges.count
        if dense:
            self._dense_pairs(dense, [order[start : start + size] for start, size in zip(starts, sizes)])

    def _run_components(self, order: np.ndarray, starts: np.ndarray) -> np.ndarray:
        """Per run of nodes: the component all its nodes are in, or -1 if they are in several."""
        labels = self.edges.fold()[order]
        low = np.minimum.reduceat(labels, starts)
        high = np.maximum.reduceat(labels, starts)
        return np.where(low == high, low, -1)

    def _check_pairs(
        self, order: np.ndarray, start_a: np.ndarray, size_a: np.ndarray, start_b: np.ndarray, size_b: np.ndarray
    ) -> None:
        """Check every node pair of the given group pairs, CHUNK_PAIRS at a time."""
        ends = np.cumsum(size_a * size_b)
        begin = 0
        while begin < len(ends):
            base = ends[begin - 1] if begin else 0
            stop = max(int(np.searchsorted(ends, base + CHUNK_PAIRS, side="right")), begin + 1)
            chunk = slice(begin, stop)
            i, j = _cross(start_a[chunk], size_a[chunk], start_b[chunk], size_b[chunk])
            i, j = order[i], order[j]
            close = self._close(i, j)
            self._add_deduplicated(i[close], j[close])
            begin = stop

    def _add_deduplicated(self, i: np.ndarray, j: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Add links, one per pair of units (a solid cell-side is one unit, any other node is one)."""
        if len(i):
            n = len(self.day)
            pairs = np.unique(self._unit(i) * n + self._unit(j))  # n < 2**31: fits in 63 bits
            i, j = pairs // n, pairs % n
            self.edges.add(i, j)
        return i, j

    def _unit(self, nodes: np.ndarray) -> np.ndarray:
        nodes = nodes.copy()
        solid = self.solid[nodes]
        nodes[solid] = self.cell_side_first[self.cell_side[nodes[solid]]]
        return nodes

    def _dense_pairs(self, pairs: list[tuple[int, int]], members: list[np.ndarray]) -> None:
        """All links between the node groups of each pair (their days and sides are compatible).

        The partners of one group are checked together: every node pair between the group and
        any of them is a candidate, so one KD-tree per unit of the group serves them all."""
        self.merged = _Merged(self.edges.fold())
        partners: dict[int, list[int]] = {}
        for a, b in pairs:
            partners.setdefault(a, []).append(b)
        for a, group in partners.items():
            self._dense_pair(members[a], np.concatenate([members[b] for b in group]))

    def _dense_pair(self, x: np.ndarray, y: np.ndarray) -> None:
        """Nodes already known to be connected (a solid cell-side, or joined by earlier links)
        form a *unit*: one KD-tree query per node of the other group finds every partner it
        needs, since any link into a unit joins the same component. The remaining nodes are
        checked pair by pair, or walked breadth first when there are many."""
        roots_x, roots_y = self.merged.roots(x), self.merged.roots(y)
        if np.all(roots_x == roots_x[0]) and np.all(roots_y == roots_x[0]):
            return  # already one component
        x_units, x_loose = _units(x, roots_x)
        y_units, y_loose = _units(y, roots_y)
        for unit in x_units:
            self._reach(unit, y)
        for unit in y_units:
            self._reach(unit, x_loose)  # x's units were all tried against the whole of y
        if len(x_loose) and len(y_loose):
            if len(x_loose) * len(y_loose) <= BLOCK_PAIRS:
                self._check_block(x_loose, y_loose)
            else:
                self._breadth_first(x_loose, y_loose)

    def _reach(self, unit: np.ndarray, others: np.ndarray) -> None:
        """Link ``unit`` (connected already) to each of ``others`` with a node of it within reach."""
        others = others[~self.merged.same(others, unit[0])]
        self._link_to(*self._nearest(cKDTree(self.xyz[unit]), unit, others))

    def _link_to(self, a: np.ndarray, b: np.ndarray) -> None:
        """Add links a[k]–b[k], where every b[k] is in one component."""
        self.edges.add(a, b)
        if len(b):
            self.merged.join(a, b[0])

    def _nearest(self, tree: cKDTree, members: np.ndarray, queries: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(query nodes, their nearest member) for the queries with a member within reach."""
        if not len(queries):
            return queries, queries
        dist, k = tree.query(self.xyz[queries], distance_upper_bound=self.reach)
        hit = np.isfinite(dist)
        q, m = queries[hit], members[k[hit]]
        close = self._close(q, m)
        return q[close], m[close]

    def _check_block(self, x: np.ndarray, y: np.ndarray) -> None:
        rows = max(1, CHUNK_PAIRS // len(y))
        for start in range(0, len(x), rows):
            part = x[start : start + rows]
            i = np.repeat(part, len(y))
            j = np.tile(y, len(part))
            close = self._close(i, j)
            i, j = self._add_deduplicated(i[close], j[close])
            self.merged.union(i, j)

    def _breadth_first(self, x: np.ndarray, y: np.ndarray) -> None:
        """A spanning forest of the links between two sets of nodes of one side each.

        From a seed, each step finds, for every node of the other set not reached yet, its
        nearest node in the current frontier; those within reach are linked and form the next
        frontier. Each node is reached once; nothing proportional to the number of links is kept.
        """
        # Only nodes with at least one partner can be reached.
        x = self._nearest(cKDTree(self.xyz[y]), y, x)[0]
        y = self._nearest(cKDTree(self.xyz[x]), x, y)[0] if len(x) else y[:0]
        sets = (x, y)
        open_ = (np.ones(len(x), dtype=bool), np.ones(len(y), dtype=bool))
        for seed in range(len(x)):
            if not open_[0][seed]:
                continue
            open_[0][seed] = False
            frontier, other = x[seed : seed + 1], 1
            while len(frontier):
                waiting = np.flatnonzero(open_[other])
                q, m = self._nearest(cKDTree(self.xyz[frontier]), frontier, sets[other][waiting])
                self._link_to(q, m)  # the frontier is all in the seed's component
                reached = waiting[np.isin(sets[other][waiting], q)]
                open_[other][reached] = False
                frontier, other = q, 1 - other


def side_pairs(party: np.ndarray, conflict: np.ndarray | None = None) -> np.ndarray:
    """``may_link[s, t]`` for side codes: the sides differ, at least one is a party, and (when
    ``conflict`` gives each side code's conflict) both belong to the same conflict."""
    party = np.asarray(party, dtype=bool)
    codes = np.arange(len(party))
    may_link = (codes[:, None] != codes[None, :]) & (party[:, None] | party[None, :])
    if conflict is not None:
        conflict = np.asarray(conflict)
        may_link &= conflict[:, None] == conflict[None, :]
    return may_link


def link_components(
    day: np.ndarray,
    lat: np.ndarray,
    lon: np.ndarray,
    side: np.ndarray,
    may_link: np.ndarray,
    max_km: float = 15.0,
    max_days: int = 1,
) -> np.ndarray:
    """Component number per claim (``-1``: linked to nothing), in memory linear in the claims.

    ``day``: whole days (int); ``side``: side codes 0..k-1; ``may_link``: k×k, whether claims of
    two side codes can link (see :func:`side_pairs`). Two claims link when their days differ by
    at most ``max_days``, their great-circle distance is at most ``max_km`` and their sides may
    link. Component numbers are arbitrary but equal within a component.
    """
    n = len(day)
    out = np.full(n, -1, dtype=np.int64)
    if n < 2 or max_km < 0 or max_days < 0:
        return out
    day = np.asarray(day, dtype=np.int64)
    side = np.asarray(side, dtype=np.int64)
    may_link = np.asarray(may_link, dtype=bool)
    # 1. identical (day, coordinates, side) claims are one node. Sorting one mixed 64-bit key
    # is several times faster than a four-key sort; identical claims get equal keys, and a rare
    # collision between different claims only leaves some duplicates uncollapsed (still exact).
    key = (
        (day.astype(np.uint64) * np.uint64(0x9E3779B97F4A7C15))
        ^ (np.ascontiguousarray(lat, dtype=np.float64).view(np.uint64) * np.uint64(0xC2B2AE3D27D4EB4F))
        ^ (np.ascontiguousarray(lon, dtype=np.float64).view(np.uint64) * np.uint64(0x165667B19E3779F9))
        ^ (side.astype(np.uint64) * np.uint64(0x27D4EB2F165667C5))
    )
    order = np.argsort(key, kind="stable")
    new = np.ones(n, dtype=bool)
    new[1:] = (
        (np.diff(key[order]) != 0)
        | (np.diff(day[order]) != 0)
        | (lat[order][1:] != lat[order][:-1])
        | (lon[order][1:] != lon[order][:-1])
        | (np.diff(side[order]) != 0)
    )
    node = np.empty(n, dtype=np.int64)
    node[order] = np.cumsum(new) - 1
    first = order[new]
    if len(first) < 2:
        return out
    side, may_link = _merge_like_sides(side[first], may_link)
    labels = _Linker(day[first], lat[first], lon[first], side, may_link, float(max_km), int(max_days)).labels()
    return labels[node]


def _merge_like_sides(side: np.ndarray, may_link: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """One code for side codes that may link with exactly the same codes (equal rows of a symmetric
    ``may_link``): such codes never link with each other unless each links with itself, so merging
    them changes no link. Claims of one spot are compared per pair of codes present there, so 20,000
    distinct non-party sides at one spot were 200 million candidate pairs; merged, they are one code.
    """
    present, side = np.unique(side, return_inverse=True)
    table = may_link[np.ix_(present, present)]
    if len(present) < 3 or not np.array_equal(table, table.T):
        return side.reshape(-1), table
    rows = np.ascontiguousarray(np.packbits(table, axis=1))
    _, first, merged = np.unique(
        rows.view(np.dtype((np.void, rows.shape[1]))).ravel(), return_index=True, return_inverse=True
    )
    return merged.reshape(-1)[side.reshape(-1)], table[np.ix_(first, first)]
