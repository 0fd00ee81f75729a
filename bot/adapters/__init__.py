"""One adapter per platform; each turns platform events into `Incoming` and sends `Outgoing`."""
