"""The Renewals area (续保): today's calls, the follow-up record, the weekly plan."""
