package cache

import "syscall"

// changeTime returns the inode's change time in nanoseconds, which no
// program can set back.
func changeTime(st *syscall.Stat_t) int64 { return st.Ctim.Nano() }
