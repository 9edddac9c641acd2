"""The participants' voting web server and its API (VOTING-API.md). No Qt."""
