CREATE TYPE longlab AS ENUM ('llllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllll');
