"""The goal tree view (beleidsdoelstelling → actieplan → actie)."""
