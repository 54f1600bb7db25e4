"""The playbook room: debrief, perspective, learning, reach-out and momentum."""
