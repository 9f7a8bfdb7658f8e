"""vCard files (2.1, 3.0, 4.0) in and out: cards become rows for the Excel import's planner,
contacts become vCard 3.0 cards carrying the Beacon uid so a round trip updates in place."""
