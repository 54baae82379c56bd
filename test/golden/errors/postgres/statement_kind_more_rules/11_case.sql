SET schema 'public';
