"""Time: when things fall due, and the tick that sends what is due."""
