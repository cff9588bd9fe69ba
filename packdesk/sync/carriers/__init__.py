"""Label sources behind :class:`packdesk.services.labels.LabelSource`: carriers' APIs."""
