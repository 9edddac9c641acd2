"""Voting rounds: the rounds view, its dialogs, the bridge to the voting server and the
projected voting page."""
