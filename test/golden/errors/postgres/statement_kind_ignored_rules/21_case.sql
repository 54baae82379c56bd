NOTIFY chan;
