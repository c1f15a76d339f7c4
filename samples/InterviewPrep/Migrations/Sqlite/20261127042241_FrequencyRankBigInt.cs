using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterviewPrep.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FrequencyRankBigInt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
