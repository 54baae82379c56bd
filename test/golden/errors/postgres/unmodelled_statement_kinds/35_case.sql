CALL pr();
