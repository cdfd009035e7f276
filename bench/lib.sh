# Helpers of bench/build_cost.sh, bench/build_pairs.sh and
# bench/clock_vs_935563e.sh, which source it
# (`timed` writes in `work`, their scratch directory).

# "wall cpu" of one command, in seconds (cpu: user + system of every process);
# the command's output is dropped.
timed() {
  /usr/bin/time -o "$work/time" -f '%e %U %S' "$@" >/dev/null 2>&1
  awk '{printf "%s %.2f\n", $1, $2 + $3}' "$work/time"
}

# The median of the numbers on standard input, one a line.
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
