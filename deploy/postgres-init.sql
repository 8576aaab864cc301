-- First start of the PostgreSQL volume: the decision record's database (O-14, T-10).
-- Temporal's own databases (temporal, temporal_visibility) are created by the temporal service.
CREATE DATABASE leqi;
