LISTEN chan;
