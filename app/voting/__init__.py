"""The participants' voting web server and its API (VOTING-API.md). No Qt.

- ``server.VotingServer``: Starlette + uvicorn in a background thread; start(),
  stop(), join_url(round), ``listeners.on_ballot`` for the GUI.
- ``api``: the routes; ``writer``: one thread that commits phone ballots in groups;
  ``limits``: the per-voter rate limit; ``network``: the machine's IPv4 addresses;
  ``qr``: QR codes for the join URL and the Wi-Fi.

The join TOKEN is per workshop, not per round (``WorkshopRow.join_token``, made
the first time it is served). One QR code then serves every round of the day:
a phone that joined once stays on the page, which shows "waiting" between
rounds and the next round as soon as the facilitator opens it (at most one
round of a workshop is open at a time, so "the round that is open now" is
well defined). A round may also be a phone survey (method ``survey``, see
app.services.survey): the page then asks the internal questionnaire and each
phone becomes an anonymous respondent of the cluster it picks. Ballots name
their ``round_id``, so a ballot meant for a round that has since closed gets
409 rather than landing in the next one. The rounds' own ``token`` column is
not used by the server.

Anonymity: the server keeps no access log, the voter id is stored only as a
per-round keyed hash (``rounds.voter_key``) that is replaced by a random key
when the round closes, ballots of anonymous rounds carry the round's time
instead of their own and never a name, and the ballot tables keep no insertion
order (SQLite WITHOUT ROWID, random ids). No endpoint lists ballots. A named
round (not anonymous) lists the workshop's named participants in GET /round,
and a ballot may name one of them (docs/voting-api.md, additions).
"""
